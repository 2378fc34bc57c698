package com.respondo.replies.policy;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.UntrustedText;

/**
 * A reply decision: the action to execute and what the ledger records about it.
 *
 * @param action what to do
 * @param basis what decided it: a rule, the LLM, or a fallback
 * @param confidence the LLM's confidence when it decided, else null
 * @param reason why, in a few words (at most 500 characters; may quote the customer or the LLM)
 * @param sources the ids of the knowledge passages the sent text cites; empty when it cites none
 * @param llm the LLM call whose answer the decision read, for the trace; null when it asked none. Not part of the
 *     decision's identity: two decisions that act alike are equal whatever call led to them
 */
public record Decision(Action action, Basis basis, @Nullable Double confidence, String reason, List<String> sources,
        @Nullable LlmTrace llm) {

    static final int MAX_REASON = 500;

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(basis, "basis");
        String bounded = UntrustedText.truncate(Objects.requireNonNull(reason, "reason"), MAX_REASON * 4, "");
        reason = UntrustedText.truncate(UntrustedText.oneLine(bounded), MAX_REASON, "…");
        sources = List.copyOf(sources);
    }

    /** A decision citing these passages, from no recorded LLM call. */
    public Decision(Action action, Basis basis, @Nullable Double confidence, String reason, List<String> sources) {
        this(action, basis, confidence, reason, sources, null);
    }

    /** A decision citing no knowledge passage. */
    public Decision(Action action, Basis basis, @Nullable Double confidence, String reason) {
        this(action, basis, confidence, reason, List.of());
    }

    /** This decision citing the given knowledge passages. */
    Decision citing(List<String> ids) {
        return new Decision(action, basis, confidence, reason, ids, llm);
    }

    /** This decision with another action, for the same reasons and from the same LLM call. */
    public Decision acting(Action other) {
        return acting(other, reason);
    }

    /** This decision with another action and reason, from the same basis, confidence, sources and LLM call. */
    public Decision acting(Action other, String otherReason) {
        return new Decision(other, basis, confidence, otherReason, sources, llm);
    }

    /** This decision, read from the answer of that LLM call (none: unchanged). */
    Decision after(@Nullable LlmTrace call) {
        return (call == null) ? this : new Decision(action, basis, confidence, reason, sources, call);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Decision that && action.equals(that.action) && basis == that.basis
                && Objects.equals(confidence, that.confidence) && reason.equals(that.reason)
                && sources.equals(that.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, basis, confidence, reason, sources);
    }

    /** The kind of the action. */
    public ActionKind kind() {
        return action.kind();
    }

    /** Whether nothing is done now. */
    public boolean deferred() {
        return action.kind() == ActionKind.DEFER;
    }

    static Decision byRule(Action action, String reason) {
        return new Decision(action, Basis.RULE, null, reason);
    }

    public static Decision byLlm(Action action, @Nullable Double confidence, String reason) {
        return new Decision(action, Basis.LLM, confidence, reason);
    }

    static Decision byFallback(Action action, String reason) {
        return new Decision(action, Basis.FALLBACK, null, reason);
    }

    /** What decided. */
    public enum Basis {

        /** A deterministic rule (a human request, an invalid answer, a timeout). */
        RULE,

        /** The LLM's structured answer. */
        LLM,

        /** The keyword/menu fallback or a fixed text, used when the LLM is unavailable or its text failed a check. */
        FALLBACK
    }
}
