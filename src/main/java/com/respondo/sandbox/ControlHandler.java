package com.respondo.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's control API over HTTP, {@code /sandbox/tempbox/_sandbox/*}, for workers and tests in other JVMs: the
 * same as {@link Sandbox}, in JSON. Tokens are never part of an answer.
 */
final class ControlHandler {

    /** A company as the control API shows it: no token. */
    record CompanyView(String id, UUID empresa, String name, UUID bot, List<SandboxCompany.Human> humans) {
    }

    /** POST /seed: {@code owner} is BOT (waiting for the bot's answer) or NONE (never started). */
    record SeedRequest(@Nullable UUID empresa, int count, long ageSeconds, @Nullable String owner) {
    }

    record SeedResponse(UUID empresa, int seeded, List<SeededConversation> conversations) {
    }

    /** POST /conversations: a new conversation nobody started, with these customer messages. */
    record ConversationRequest(@Nullable UUID empresa, @Nullable String customerName, @Nullable Integer plataforma,
            long ageSeconds, @Nullable List<String> messages) {
    }

    record CustomerMessageRequest(@Nullable UUID atendimento, @Nullable String text) {
    }

    /** POST /attendant-messages: an attendant of the company writes without taking the conversation. */
    record AttendantMessageRequest(@Nullable UUID atendimento, @Nullable UUID atendente, @Nullable String text,
            long ageSeconds) {
    }

    /** POST /attendant-closes: an attendant of the company takes the conversation and closes it. */
    record AttendantCloseRequest(@Nullable UUID atendimento, @Nullable UUID atendente) {
    }

    /** PUT /generator: {@code messagesPerMinute} left out keeps the current pace (to turn it off, say only that). */
    record GeneratorRequest(boolean enabled, @Nullable Double messagesPerMinute) {
    }

    /**
     * PUT /clock: {@code advance} (e.g. {@code 2h}, {@code 90m}, {@code PT2H}) moves the clock forward; {@code at} (an
     * ISO instant with offset) sets it, standing still there when {@code frozen}; {@code reset} goes back to
     * {@code respondo.sandbox.clock}.
     */
    record ClockRequest(@Nullable Duration advance, @Nullable OffsetDateTime at, boolean frozen, boolean reset) {
    }

    /** GET /clock: the sandbox's time, how far it is from the wall clock, and whether it stands still. */
    record ClockView(Instant now, long offsetSeconds, boolean frozen) {
    }

    private final Sandbox sandbox;
    private final SandboxTasks tasks;
    private final JsonMapper json;

    ControlHandler(Sandbox sandbox, SandboxTasks tasks, JsonMapper json) {
        this.sandbox = sandbox;
        this.tasks = tasks;
        this.json = json;
    }

    Mono<ServerResponse> companies(ServerRequest request) {
        List<CompanyView> companies = sandbox.companies().stream()
            .map(company -> new CompanyView(company.id(), company.empresa(), company.name(), company.bot(),
                    company.humans()))
            .toList();
        return ok(companies);
    }

    /** GET /record?after=&empresa=&operation=&atendimento= */
    Mono<ServerResponse> record(ServerRequest request) {
        long after = request.queryParam("after").map(Long::parseLong).orElse(0L);
        Optional<UUID> empresa = request.queryParam("empresa").map(UUID::fromString);
        Optional<String> operation = request.queryParam("operation");
        Optional<UUID> atendimento = request.queryParam("atendimento").map(UUID::fromString);
        List<PostedCall> entries = sandbox.record(after).stream()
            .filter(entry -> empresa.map(entry.empresa()::equals).orElse(true))
            .filter(entry -> operation.map(entry.operation()::equals).orElse(true))
            .filter(entry -> atendimento.map(id -> id.equals(entry.atendimento())).orElse(true))
            .toList();
        return ok(entries);
    }

    Mono<ServerResponse> calls(ServerRequest request) {
        return ok(sandbox.calls());
    }

    Mono<ServerResponse> faults(ServerRequest request) {
        return ok(sandbox.faults());
    }

    /** PUT /faults with the whole set of knobs; a knob left out is zero; durations as 300ms, 2s or PT0.3S. */
    Mono<ServerResponse> replaceFaults(ServerRequest request) {
        return body(request, SandboxFaults.class, faults -> {
            sandbox.faults(faults);
            return faults;
        });
    }

    Mono<ServerResponse> openMessages(ServerRequest request) {
        return ok(sandbox.openMessages());
    }

    /** PUT /open-messages with {@code form} and {@code order} (see {@link OpenMessages}); one left out is the default. */
    Mono<ServerResponse> replaceOpenMessages(ServerRequest request) {
        return body(request, OpenMessages.class, openMessages -> {
            sandbox.openMessages(openMessages);
            return openMessages;
        });
    }

    /** POST /reset?seed=true|false */
    Mono<ServerResponse> reset(ServerRequest request) {
        Optional<Boolean> seed = request.queryParam("seed").map(Boolean::parseBoolean);
        seed.ifPresentOrElse(sandbox::reset, sandbox::reset);
        return ok(Map.of("reset", true));
    }

    Mono<ServerResponse> seed(ServerRequest request) {
        return body(request, SeedRequest.class, seed -> {
            UUID empresa = required(seed.empresa(), "empresa");
            Duration age = Duration.ofSeconds(seed.ageSeconds());
            boolean ownedByBot = seed.owner() == null || "BOT".equalsIgnoreCase(seed.owner());
            if (!ownedByBot && !"NONE".equalsIgnoreCase(seed.owner())) {
                throw new IllegalArgumentException("owner must be BOT or NONE");
            }
            List<SeededConversation> seeded = ownedByBot ? sandbox.seedWaitingConversations(empresa, seed.count(), age)
                    : sandbox.seedNewConversations(empresa, seed.count(), age);
            return new SeedResponse(empresa, seeded.size(), seeded);
        });
    }

    Mono<ServerResponse> openConversation(ServerRequest request) {
        return body(request, ConversationRequest.class, conversation -> {
            List<String> messages = required(conversation.messages(), "messages");
            return sandbox.openConversation(required(conversation.empresa(), "empresa"),
                    conversation.customerName() == null ? "Cliente Sandbox" : conversation.customerName(),
                    conversation.plataforma() == null ? Channels.WHATSAPP : conversation.plataforma(),
                    Duration.ofSeconds(conversation.ageSeconds()), messages.toArray(String[]::new));
        });
    }

    Mono<ServerResponse> customerMessage(ServerRequest request) {
        return body(request, CustomerMessageRequest.class, message -> sandbox
            .customerWrites(required(message.atendimento(), "atendimento"), required(message.text(), "text")));
    }

    Mono<ServerResponse> attendantMessage(ServerRequest request) {
        return body(request, AttendantMessageRequest.class, message -> sandbox.attendantWrites(
                required(message.atendimento(), "atendimento"), required(message.atendente(), "atendente"),
                required(message.text(), "text"), Duration.ofSeconds(message.ageSeconds())));
    }

    Mono<ServerResponse> attendantClose(ServerRequest request) {
        return body(request, AttendantCloseRequest.class, close -> {
            UUID atendimento = required(close.atendimento(), "atendimento");
            sandbox.attendantCloses(atendimento, required(close.atendente(), "atendente"));
            return Map.of("atendimento", atendimento, "closed", true);
        });
    }

    Mono<ServerResponse> generator(ServerRequest request) {
        return body(request, GeneratorRequest.class, generator -> {
            double pace = (generator.messagesPerMinute() != null) ? generator.messagesPerMinute()
                    : tasks.generatorSettings().messagesPerMinute();
            sandbox.generator(generator.enabled(), pace);
            return tasks.generatorSettings();
        });
    }

    Mono<ServerResponse> generate(ServerRequest request) {
        int count = request.queryParam("count").map(Integer::parseInt).orElse(1);
        return ok(sandbox.generate(count));
    }

    Mono<ServerResponse> clock(ServerRequest request) {
        return ok(clockView());
    }

    Mono<ServerResponse> moveClock(ServerRequest request) {
        return body(request, ClockRequest.class, move -> {
            SandboxClock clock = sandbox.clock();
            if (move.reset()) {
                clock.reset();
            }
            if (move.at() != null) {
                clock.set(move.at().toInstant(), move.frozen());
            }
            if (move.advance() != null) {
                clock.advance(move.advance());
            }
            if (!move.reset() && move.at() == null && move.advance() == null) {
                throw new IllegalArgumentException("one of advance, at or reset is required");
            }
            return clockView();
        });
    }

    private ClockView clockView() {
        SandboxClock clock = sandbox.clock();
        Instant now = clock.instant();
        return new ClockView(now, Duration.between(Instant.now(), now).toSeconds(),
                clock.settings().frozenAt() != null);
    }

    Mono<ServerResponse> deliver(ServerRequest request) {
        return ok(Map.of("delivered", sandbox.deliverDueMessages()));
    }

    /** Turns bad input (unreadable JSON, invalid values) into 400 with a short reason. */
    Mono<ServerResponse> badRequest(Throwable error, ServerRequest request) {
        Throwable cause = error instanceof JacksonException && error.getCause() instanceof IllegalArgumentException
                ? error.getCause() : error;
        String reason = cause instanceof ServerWebInputException input && input.getReason() != null ? input.getReason()
                : cause.getMessage();
        return ServerResponse.status(HttpStatus.BAD_REQUEST)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(json.writeValueAsBytes(Map.of("error", String.valueOf(reason))));
    }

    static boolean isBadInput(Throwable error) {
        return error instanceof IllegalArgumentException || error instanceof IllegalStateException
                || error instanceof ServerWebInputException || error instanceof DecodingException
                || error instanceof JacksonException;
    }

    /** Reads the body with the sandbox's lenient mapper (a field left out is zero or null), applies the action. */
    private <T> Mono<ServerResponse> body(ServerRequest request, Class<T> type, Function<T, Object> action) {
        return request.bodyToMono(String.class)
            .switchIfEmpty(Mono.error(() -> new IllegalArgumentException("a JSON body is required")))
            .map(body -> json.readValue(body, type))
            .map(action)
            .flatMap(this::ok);
    }

    private Mono<ServerResponse> ok(Object body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(json.writeValueAsBytes(body));
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
