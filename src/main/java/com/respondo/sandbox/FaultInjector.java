package com.respondo.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Draws, for each call, the fault it suffers under the fault knobs in force, or the fault chosen for the conversation
 * it reads ({@link ConversationFault}); the knobs change at run time.
 */
final class FaultInjector {

    /** The kinds of fault, at most one per call. */
    enum Kind {
        NONE, ERROR, TIMEOUT, MALFORMED, STORED_BUT_FAILED, NOT_FOUND, LATE_APPLY
    }

    /** The reads that name one conversation, by its id or its Hash. */
    private static final Set<Operation> CONVERSATION_READS = Set.of(Operation.ListarMensagensAtendimento,
            Operation.ListarMensagensAtendimentoChat, Operation.Consultar);

    /**
     * The fault drawn for one call.
     *
     * @param latency the delay before the call is handled
     * @param httpError whether an error answer uses HTTP 500 (otherwise a Code 500 envelope with HTTP 200)
     * @param hold how long a timed-out answer is held
     * @param timeoutApplies whether a timed-out call is applied
     * @param lateApplyAfter how long after its 504 a late-applied call takes effect
     */
    record Decision(Kind kind, Duration latency, boolean httpError, Duration hold, boolean timeoutApplies,
            Duration lateApplyAfter) {

        static final Decision NONE = new Decision(Kind.NONE, Duration.ZERO, false, Duration.ZERO, false,
                Duration.ZERO);

        /** Whether the operation runs (and so its change is stored). */
        boolean applies() {
            return kind != Kind.ERROR && kind != Kind.NOT_FOUND && (kind != Kind.TIMEOUT || timeoutApplies);
        }
    }

    private final AtomicReference<SandboxFaults> faults;

    /** The chosen conversations' faults, by id and by Hash (lower case). */
    private final Map<String, ConversationFault> byConversation = new ConcurrentHashMap<>();

    FaultInjector(SandboxFaults initial) {
        this.faults = new AtomicReference<>(initial);
    }

    SandboxFaults faults() {
        return faults.get();
    }

    void faults(SandboxFaults replacement) {
        faults.set(replacement);
    }

    /** From now on, every read of the conversation (id and Hash) answers with the fault; null: normally again. */
    void conversationFault(String id, String hash, @Nullable ConversationFault fault) {
        for (String key : new String[] { id, hash }) {
            if (fault == null) {
                byConversation.remove(key.toLowerCase(Locale.ROOT));
            }
            else {
                byConversation.put(key.toLowerCase(Locale.ROOT), fault);
            }
        }
    }

    void clearConversationFaults() {
        byConversation.clear();
    }

    /** The fault of a call: its conversation's when it reads a chosen one, else a draw under the knobs. */
    Decision decide(Operation operation, @Nullable String json, @Nullable String hash) {
        if (!byConversation.isEmpty() && CONVERSATION_READS.contains(operation)) {
            String arguments = ((json != null) ? json : "") + " " + ((hash != null) ? hash : "");
            String lower = arguments.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, ConversationFault> chosen : byConversation.entrySet()) {
                if (lower.contains(chosen.getKey())) {
                    return conversationDecision(chosen.getValue());
                }
            }
        }
        return decide(operation);
    }

    private static Decision conversationDecision(ConversationFault fault) {
        Kind kind = switch (fault) {
            case MALFORMED -> Kind.MALFORMED;
            case ERROR -> Kind.ERROR;
            case NOT_FOUND -> Kind.NOT_FOUND;
        };
        return new Decision(kind, Duration.ZERO, fault == ConversationFault.ERROR, Duration.ZERO, false, Duration.ZERO);
    }

    Decision decide(Operation operation) {
        SandboxFaults current = faults.get();
        if (!current.appliesTo(operation)) {
            return Decision.NONE;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Duration latency = current.latency();
        if (!current.jitter().isZero()) {
            latency = latency.plusNanos(random.nextLong(current.jitter().toNanos() + 1));
        }
        boolean httpError = switch (current.errorStyle()) {
            case ENVELOPE -> false;
            case HTTP -> true;
            case MIXED -> random.nextBoolean();
        };
        return new Decision(kind(current, random.nextDouble()), latency, httpError, current.timeoutHold(),
                current.timeoutApplies(), current.lateApplyAfter());
    }

    private static Kind kind(SandboxFaults faults, double draw) {
        double bound = faults.errorRate();
        if (draw < bound) {
            return Kind.ERROR;
        }
        bound += faults.timeoutRate();
        if (draw < bound) {
            return Kind.TIMEOUT;
        }
        bound += faults.malformedRate();
        if (draw < bound) {
            return Kind.MALFORMED;
        }
        bound += faults.storedButFailedRate();
        if (draw < bound) {
            return Kind.STORED_BUT_FAILED;
        }
        bound += faults.lateApplyRate();
        return draw < bound ? Kind.LATE_APPLY : Kind.NONE;
    }
}
