package com.respondo.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ObterNovasMensagensChatSiteSse} as a stream: a POST that accepts {@code text/event-stream} gets, for the
 * token's company, one server-sent event {@code mensagem} per new customer message (its data the row of the
 * operation's list, with the reference's field names; its id the message's Autonumeracao), a {@code connected}
 * comment at once and a {@code keepalive} comment every {@code heartbeat}. The same POST without that Accept
 * header is the paged list ({@link MessageLists}). The reference names the stream but documents only the list: our
 * reading is that the stream carries every customer message of the company, whatever the channel.
 * <p>
 * For tests, streams can be dropped (each ends, as a lost connection would) and refused (HTTP 503) for a while.
 */
final class NewMessageStream {

    private final StateHolder states;
    private final NewMessageFeed feed;
    private final MessageRowFactory rows;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration heartbeat;
    private final AtomicBoolean refused = new AtomicBoolean();

    NewMessageStream(StateHolder states, NewMessageFeed feed, MessageRowFactory rows, JsonMapper json, Clock clock,
            Duration heartbeat) {
        this.states = states;
        this.feed = feed;
        this.rows = rows;
        this.json = json;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        SandboxState state = states.current();
        state.record().countCall(Operation.ObterNovasMensagensChatSiteSse.name());
        Optional<Company> company = request.queryParam("token").flatMap(state::byToken);
        if (company.isEmpty()) {
            return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.writeValueAsBytes(Envelope.unauthorized()));
        }
        if (refused.get()) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.writeValueAsBytes(Envelope.error("Serviço indisponível")));
        }
        Flux<ServerSentEvent<String>> messages = feed.of(company.get().empresa())
            .map(message -> ServerSentEvent.builder(json.writeValueAsString(rows.messageRow(
                    message.company().profile(), message.conversation().view(), message.message(), clock.instant(),
                    MessageRowFactory.MessageList.SSE)))
                .event("mensagem")
                .id(String.valueOf(message.message().autonumeracao()))
                .build());
        Flux<ServerSentEvent<String>> keepalives = Flux.interval(heartbeat)
            .map(tick -> ServerSentEvent.<String>builder().comment("keepalive").build());
        Flux<ServerSentEvent<String>> stream = Flux.concat(
                Mono.just(ServerSentEvent.<String>builder().comment("connected").build()),
                Flux.merge(messages, keepalives).takeUntilOther(feed.drops()));
        return ServerResponse.ok()
            .contentType(MediaType.TEXT_EVENT_STREAM)
            .body(stream, ServerSentEvent.class);
    }

    /** Ends every open stream; answers how many were open. */
    int drop() {
        return feed.drop();
    }

    /** Whether new streams are refused (HTTP 503) from now on; a refusal drops the open ones too. */
    void refuse(boolean refuse) {
        refused.set(refuse);
        if (refuse) {
            feed.drop();
        }
    }

    int open() {
        return feed.open();
    }
}
