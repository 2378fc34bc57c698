package com.respondo.replies.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a reply step does to a conversation, as decided by the domain and executed by the step's writer through the
 * ledger. Every text in an action has already passed the {@link OutgoingTextCheck}.
 */
public sealed interface Action permits Action.Speaking, Action.Silent {

    /** The kind of the action. */
    default ActionKind kind() {
        return ActionKind.of(this);
    }

    /** The text sent to the customer now, if any (what the writer looks for when a send was ambiguous). */
    Optional<String> outgoingText();

    /** Every text the action puts in front of the customer, now or later. */
    default List<String> outgoingTexts() {
        return outgoingText().map(List::of).orElse(List.of());
    }

    /** An action that sends the customer a text now. */
    sealed interface Speaking extends Action
            permits Action.Greet, Action.SendCanned, Action.SendReply, Action.Handoff, Action.Schedule, Action.Close {

        /** What the customer is sent now. */
        String text();

        @Override
        default Optional<String> outgoingText() {
            return Optional.of(text());
        }
    }

    /** An action that sends the customer nothing now. */
    sealed interface Silent extends Action permits Action.Start, Action.Defer {

        @Override
        default Optional<String> outgoingText() {
            return Optional.empty();
        }
    }

    /** initial-response: start the conversation as the bot (IniciarAtendimento), then send the greeting. */
    record Greet(String text) implements Speaking {

        public Greet {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * initial-response, when the customer's opening messages already ask something: start the conversation as the bot
     * (IniciarAtendimento) and send nothing, so that bot-reply or ai-reply answer the question itself in the same run
     * instead of a greeting that would leave it unanswered. Nothing is sent, so the customer message stays waiting.
     *
     * @param reason why only the start, for the ledger
     */
    record Start(String reason) implements Silent {

        public Start {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** bot-reply: send a canned message (EnviarMensagem with its text). */
    record SendCanned(String cannedId, String text) implements Speaking {

        public SendCanned {
            Objects.requireNonNull(cannedId, "cannedId");
            Objects.requireNonNull(text, "text");
        }
    }

    /** ai-reply: send the AI's answer (EnviarMensagem). */
    record SendReply(String text) implements Speaking {

        public SendReply {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Tell the customer (EnviarMensagem), then forward the conversation (EncaminharAtendimento).
     *
     * @param text what the customer is told
     * @param attendantId the attendant to forward to; null leaves the choice to TempBox's routing
     * @param reason why, for the ledger
     */
    record Handoff(String text, @Nullable String attendantId, String reason) implements Speaking {

        public Handoff {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Answer now (EnviarMensagem) and schedule a follow-up at a free slot (AgendarMensagem with the slot's time and
     * attendant).
     */
    record Schedule(String text, AgendaSlot slot, String followUpText) implements Speaking {

        public Schedule {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(followUpText, "followUpText");
        }

        @Override
        public List<String> outgoingTexts() {
            return List.of(text, followUpText);
        }
    }

    /** Say goodbye (EnviarMensagem), then close the conversation (EncerrarAtendimento). */
    record Close(String text) implements Speaking {

        public Close {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Do nothing now: the conversation is left to a later step or run.
     *
     * @param reason why, for the ledger
     * @param settles whether nothing is ever to be answered to the message (a rating given to the satisfaction
     *     question): ai-reply, which otherwise tries again at its next run, records it as deferred too
     */
    record Defer(String reason, boolean settles) implements Silent {

        public Defer {
            Objects.requireNonNull(reason, "reason");
        }

        /** Left to a later step or run. */
        public Defer(String reason) {
            this(reason, false);
        }
    }
}
