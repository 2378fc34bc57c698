package com.respondo.replies.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a reply step does to a conversation, as decided by the domain and executed by the step's writer through the
 * ledger. Every text in an action has already passed the {@link OutgoingTextCheck}.
 */
public sealed interface Action
        permits Action.Greet, Action.Start, Action.SendCanned, Action.SendReply, Action.Handoff, Action.Schedule,
        Action.Close, Action.Defer {

    /** The kind of the action. */
    ActionKind kind();

    /** The text sent to the customer now, if any (what the writer looks for when a send was ambiguous). */
    Optional<String> outgoingText();

    /** Every text the action puts in front of the customer, now or later. */
    default List<String> outgoingTexts() {
        return outgoingText().map(List::of).orElse(List.of());
    }

    /** initial-response: start the conversation as the bot (IniciarAtendimento), then send the greeting. */
    record Greet(String text) implements Action {

        public Greet {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.GREET;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.of(text);
        }
    }

    /**
     * initial-response, when the customer's opening messages already ask something: start the conversation as the bot
     * (IniciarAtendimento) and send nothing, so that bot-reply or ai-reply answer the question itself in the same run
     * instead of a greeting that would leave it unanswered. Nothing is sent, so the customer message stays waiting.
     *
     * @param reason why only the start, for the ledger
     */
    record Start(String reason) implements Action {

        public Start {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.START;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.empty();
        }
    }

    /** bot-reply: send a canned message (EnviarMensagem with its text). */
    record SendCanned(String cannedId, String text) implements Action {

        public SendCanned {
            Objects.requireNonNull(cannedId, "cannedId");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.SEND_CANNED;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.of(text);
        }
    }

    /** ai-reply: send the AI's answer (EnviarMensagem). */
    record SendReply(String text) implements Action {

        public SendReply {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.SEND_REPLY;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.of(text);
        }
    }

    /**
     * Tell the customer (EnviarMensagem), then forward the conversation (EncaminharAtendimento).
     *
     * @param text what the customer is told
     * @param attendantId the attendant to forward to; null leaves the choice to TempBox's routing
     * @param reason why, for the ledger
     */
    record Handoff(String text, @Nullable String attendantId, String reason) implements Action {

        public Handoff {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.HANDOFF;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.of(text);
        }
    }

    /**
     * Answer now (EnviarMensagem) and schedule a follow-up at a free slot (AgendarMensagem with the slot's time and
     * attendant).
     */
    record Schedule(String text, AgendaSlot slot, String followUpText) implements Action {

        public Schedule {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(followUpText, "followUpText");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.SCHEDULE;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.of(text);
        }

        @Override
        public List<String> outgoingTexts() {
            return List.of(text, followUpText);
        }
    }

    /** Say goodbye (EnviarMensagem), then close the conversation (EncerrarAtendimento). */
    record Close(String text) implements Action {

        public Close {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.CLOSE;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.of(text);
        }
    }

    /** Do nothing now: the conversation is left to a later step or run. */
    record Defer(String reason) implements Action {

        public Defer {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public ActionKind kind() {
            return ActionKind.DEFER;
        }

        @Override
        public Optional<String> outgoingText() {
            return Optional.empty();
        }
    }
}
