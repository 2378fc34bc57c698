package com.respondo.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Serves one call of the Atendimento API, independent of HTTP: counts it, checks the token, parses the arguments,
 * runs the operation unless an injected fault forbids it, records the effects of state-changing calls with their
 * outcome, and builds the envelope (or the faulty answer) to send back.
 */
final class AtendimentoApi {

    private static final Logger log = LoggerFactory.getLogger(AtendimentoApi.class);

    /** An answer ready for the wire: HTTP status, body, and how long to hold it before sending. */
    record Reply(int status, byte[] body, Duration hold) {
    }

    private final StateHolder states;
    private final JsonMapper json;
    private final WireFormat wire;
    private final Map<Operation, Answer.Handler> handlers = new EnumMap<>(Operation.class);
    private final HeldAutomations held;

    AtendimentoApi(StateHolder states, JsonMapper json, WireFormat wire, HeldAutomations held,
            List<Answer.Operations> operations) {
        this.states = states;
        this.held = held;
        this.json = json;
        this.wire = wire;
        operations.forEach(group -> group.register(handlers));
        List<Operation> missing = Arrays.stream(Operation.values()).filter(op -> !handlers.containsKey(op)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Sandbox operations without a handler: " + missing);
        }
    }

    Optional<Operation> operation(String name) {
        return Operation.named(name);
    }

    Reply call(Operation operation, FaultInjector.Decision fault, @Nullable String token, @Nullable String jsonArgument,
            @Nullable String hash) {
        SandboxState state = states.current();
        state.record().countCall(operation.name());
        Company company = token == null ? null : state.byToken(token).orElse(null);
        if (company == null) {
            return reply(200, Envelope.unauthorized(), Duration.ZERO);
        }
        Call call;
        try {
            call = new Call(operation, company, arguments(jsonArgument), hash, state.now(), wire);
        }
        catch (OperationException ex) {
            recordFailure(state, operation, company, null, ex.getMessage());
            return reply(200, Envelope.error(ex.getMessage()), Duration.ZERO);
        }
        if (!fault.applies()) {
            recordFailure(state, operation, company, call, "injected fault: " + fault.kind());
            return faultReply(fault, Envelope.error(fault.kind() == FaultInjector.Kind.NOT_FOUND
                    ? "Atendimento não encontrado" : "Erro interno do servidor"));
        }
        if (held.held(operation, () -> perform(state, operation, company,
                new Call(operation, company, call.json(), call.hashParameter(), state.now(), wire),
                FaultInjector.Decision.NONE))) {
            // accepted, to be done later: answered as it would be now (a timeout or a malformed answer included)
            return success(fault, Envelope.ok(null));
        }
        return perform(state, operation, company, call, fault);
    }

    /** Runs the operation, records its effects, and builds the answer. */
    private Reply perform(SandboxState state, Operation operation, Company company, Call call,
            FaultInjector.Decision fault) {
        Answer answer;
        try {
            answer = handlers.get(operation).apply(call);
        }
        catch (OperationException ex) {
            recordFailure(state, operation, company, call, ex.getMessage());
            return reply(200, Envelope.error(ex.getMessage()), Duration.ZERO);
        }
        catch (RuntimeException ex) {
            log.warn("Sandbox operation {} failed unexpectedly", operation, ex);
            recordFailure(state, operation, company, call, "unexpected: " + ex.getClass().getSimpleName());
            return reply(500, Envelope.error("Erro interno do servidor"), Duration.ZERO);
        }
        PostedCall.Outcome outcome = fault.kind() == FaultInjector.Kind.NONE ? PostedCall.Outcome.STORED
                : PostedCall.Outcome.STORED_BUT_FAILED;
        String detail = fault.kind() == FaultInjector.Kind.NONE ? null : "injected fault: " + fault.kind();
        for (Effect effect : answer.effects()) {
            state.record().add(company.empresa(), operation, detail == null ? effect : effect.withDetail(
                    effect.detail() == null ? detail : effect.detail() + "; " + detail), outcome, call.now());
        }
        return success(fault, Envelope.ok(answer.data()));
    }

    /** The answer to a call whose client is told it timed out before the call is applied (a late apply). */
    Reply gaveUp() {
        return reply(504, Envelope.error("Tempo esgotado"), Duration.ZERO);
    }

    private Reply success(FaultInjector.Decision fault, Map<String, @Nullable Object> envelope) {
        return switch (fault.kind()) {
            case NONE -> reply(200, envelope, Duration.ZERO);
            case MALFORMED -> truncated(envelope);
            default -> faultReply(fault, Envelope.error("Erro interno do servidor"));
        };
    }

    private Reply faultReply(FaultInjector.Decision fault, Map<String, @Nullable Object> error) {
        if (fault.kind() == FaultInjector.Kind.TIMEOUT) {
            return reply(504, Envelope.error("Tempo esgotado"), fault.hold());
        }
        return reply(fault.httpError() ? 500 : 200, error, Duration.ZERO);
    }

    private Reply truncated(Map<String, @Nullable Object> envelope) {
        byte[] body = json.writeValueAsBytes(envelope);
        return new Reply(200, Arrays.copyOf(body, Math.max(1, body.length / 2)), Duration.ZERO);
    }

    private Reply reply(int status, Map<String, @Nullable Object> envelope, Duration hold) {
        return new Reply(status, json.writeValueAsBytes(envelope), hold);
    }

    private JsonNode arguments(@Nullable String argument) {
        if (argument == null || argument.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = json.readTree(argument);
            if (node == null || node.isNull() || node.isMissingNode()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new OperationException("JSON inválido: esperado um objeto");
            }
            return node;
        }
        catch (JacksonException ex) {
            throw new OperationException("JSON inválido: " + WireFormat.abbreviate(argument));
        }
    }

    /** Records a state-changing call that was not applied, with what can be read of its arguments. */
    private static void recordFailure(SandboxState state, Operation operation, Company company, @Nullable Call call,
            String reason) {
        if (!operation.stateChanging()) {
            return;
        }
        UUID atendimento = call == null ? null : quietly(() -> call.uuid("Atendimento"));
        UUID atendente = call == null ? null : quietly(() -> call.uuid("Atendente"));
        String text = call == null ? null : quietly(() -> call.text("Mensagem"));
        Message inReplyTo = atendimento == null ? null
                : company.byId(atendimento).map(ConversationWrites::lastCustomerMessage).orElse(null);
        Effect effect = new Effect(atendimento, atendente, text, null, inReplyTo, reason);
        state.record().add(company.empresa(), operation, effect, PostedCall.Outcome.FAILED, state.now());
    }

    private static <T> @Nullable T quietly(java.util.function.Supplier<@Nullable T> read) {
        try {
            return read.get();
        }
        catch (OperationException ex) {
            return null;
        }
    }
}
