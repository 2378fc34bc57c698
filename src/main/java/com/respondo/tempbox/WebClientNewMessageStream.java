package com.respondo.tempbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link NewMessageStream} over WebClient: {@code POST .../ObterNovasMensagensChatSiteSse?token=…&json={}} with
 * {@code Accept: text/event-stream}, on connections of its own (a stream holds its connection for hours, and has no
 * read timeout: the caller decides how long a silent stream is trusted). Errors become a
 * {@link TempBoxUnavailableException} whose message never holds the token.
 */
final class WebClientNewMessageStream implements NewMessageStream, AutoCloseable {

    private static final String OPERATION = "ObterNovasMensagensChatSiteSse";

    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS =
            new ParameterizedTypeReference<>() {
            };

    private final ConnectionProvider connections;

    private final WebClient client;

    private final JsonMapper mapper;

    private final String baseUrl;

    WebClientNewMessageStream(TempBoxProperties properties, WebClient.Builder builder) {
        this.connections = ConnectionProvider.builder("tempbox-streams").maxConnections(64).build();
        HttpClient http = HttpClient.create(this.connections)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()));
        this.client = builder.clone()
            .clientConnector(new ReactorClientHttpConnector(http))
            .observationRegistry(ObservationRegistry.NOOP)
            .build();
        this.mapper = TempBoxJson.mapper(properties.zone());
        this.baseUrl = WebClientTempBoxClient.baseUrl(properties);
    }

    @Override
    public Flux<Event> open(Tenant tenant) {
        URI uri = URI.create(this.baseUrl + TempBoxCall.tokenPrefixTemplate(OPERATION)
                + UriUtils.encode(tenant.token(), StandardCharsets.UTF_8) + "&json="
                + UriUtils.encode("{}", StandardCharsets.UTF_8));
        return this.client.post()
            .uri(uri)
            .accept(MediaType.TEXT_EVENT_STREAM)
            .retrieve()
            .bodyToFlux(EVENTS)
            .map(this::event)
            .onErrorMap(ex -> !(ex instanceof TempBoxException), ex -> new TempBoxUnavailableException(OPERATION,
                    tenant.id(), SecretMasking.mask(ex.getClass().getSimpleName() + ": " + ex.getMessage(),
                            tenant.token()), null));
    }

    private Event event(ServerSentEvent<String> event) {
        String data = event.data();
        if (data == null || data.isBlank()) {
            return new Event(null);
        }
        return new Event(this.mapper.readValue(data, ConversationMessage.class));
    }

    @Override
    public void close() {
        this.connections.dispose();
    }
}
