package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.BOT;
import static com.respondo.replies.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationSummary;
import com.respondo.conversation.Message;
import com.respondo.conversation.ReplySettings;
import com.respondo.replies.Fixtures;

class WaitingRuleTests {

    private final WaitingRule rule = new WaitingRule(ReplySettings.defaults());

    private static ConversationSummary summary(String owner, boolean closed, boolean fromCustomer, Instant at) {
        return new ConversationSummary("at-1", owner, closed, "m1", fromCustomer, at);
    }

    @Test
    void unownedConversationWithAnOldEnoughCustomerMessageWaitsForTheInitialResponseOnly() {
        WaitingStatus status = rule.evaluate(summary(null, false, true, NOW.minusSeconds(8)), BOT, NOW);

        assertThat(status).isEqualTo(WaitingStatus.WAITING_UNOWNED);
        assertThat(status.isWaiting()).isTrue();
        assertThat(status.isFor(ReplyStep.INITIAL_RESPONSE)).isTrue();
        assertThat(status.isFor(ReplyStep.BOT_REPLY)).isFalse();
        assertThat(status.isFor(ReplyStep.AI_REPLY)).isFalse();
    }

    @Test
    void botOwnedConversationWaitsForBotReplyAndAiReply() {
        WaitingStatus status = rule.evaluate(summary(BOT, false, true, NOW.minusSeconds(60)), BOT, NOW);

        assertThat(status).isEqualTo(WaitingStatus.WAITING_FOR_BOT);
        assertThat(status.isFor(ReplyStep.BOT_REPLY)).isTrue();
        assertThat(status.isFor(ReplyStep.AI_REPLY)).isTrue();
        assertThat(status.isFor(ReplyStep.INITIAL_RESPONSE)).isFalse();
    }

    @Test
    void ownerIdsAreComparedIgnoringCaseAndBlanks() {
        WaitingStatus status = rule.evaluate(summary(" " + BOT.toLowerCase() + " ", false, true,
                NOW.minusSeconds(60)), BOT, NOW);

        assertThat(status).isEqualTo(WaitingStatus.WAITING_FOR_BOT);
    }

    @Test
    void blankOwnerCountsAsNobody() {
        assertThat(rule.evaluate(summary("  ", false, true, NOW.minusSeconds(60)), BOT, NOW))
                .isEqualTo(WaitingStatus.WAITING_UNOWNED);
    }

    @Test
    void humanOwnedConversationNeverWaitsForAnyStep() {
        WaitingStatus status = rule.evaluate(summary(ANA, false, true, NOW.minusSeconds(600)), BOT, NOW);

        assertThat(status).isEqualTo(WaitingStatus.OWNED_BY_HUMAN);
        assertThat(status.isWaiting()).isFalse();
        for (ReplyStep step : ReplyStep.values()) {
            assertThat(status.isFor(step)).isFalse();
        }
    }

    @Test
    void closedConversationDoesNotWaitWhoeverOwnsIt() {
        assertThat(rule.evaluate(summary(null, true, true, NOW.minusSeconds(600)), BOT, NOW))
                .isEqualTo(WaitingStatus.CLOSED);
        assertThat(rule.evaluate(summary(BOT, true, true, NOW.minusSeconds(600)), BOT, NOW))
                .isEqualTo(WaitingStatus.CLOSED);
    }

    @Test
    void conversationWhoseNewestMessageIsFromAnAttendantDoesNotWait() {
        assertThat(rule.evaluate(summary(BOT, false, false, NOW.minusSeconds(600)), BOT, NOW))
                .isEqualTo(WaitingStatus.ANSWERED);
    }

    @Test
    void customerMessageYoungerThanTheDebounceWindowDoesNotWaitYet() {
        assertThat(rule.evaluate(summary(BOT, false, true, NOW.minusMillis(7_999)), BOT, NOW))
                .isEqualTo(WaitingStatus.DEBOUNCING);
        assertThat(rule.evaluate(summary(BOT, false, true, NOW.minusSeconds(8)), BOT, NOW))
                .isEqualTo(WaitingStatus.WAITING_FOR_BOT);
    }

    @Test
    void customerMessageDatedInTheFutureIsDebounced() {
        assertThat(rule.evaluate(summary(BOT, false, true, NOW.plusSeconds(3600)), BOT, NOW))
                .isEqualTo(WaitingStatus.DEBOUNCING);
    }

    @Test
    void debounceIsConfigurable() {
        WaitingRule patient = new WaitingRule(Duration.ofSeconds(30));

        assertThat(patient.evaluate(summary(BOT, false, true, NOW.minusSeconds(20)), BOT, NOW))
                .isEqualTo(WaitingStatus.DEBOUNCING);
        assertThat(new WaitingRule(Duration.ZERO).evaluate(summary(BOT, false, true, NOW), BOT, NOW))
                .isEqualTo(WaitingStatus.WAITING_FOR_BOT);
    }

    @Test
    void fullConversationIsEvaluatedByItsNewestMessage() {
        Conversation answered = Fixtures.conversation().customer("oi", 5).bot("Olá!", 4).build();
        Conversation waiting = Fixtures.conversation().customer("oi", 5).bot("Olá!", 4).customer("preço?", 1).build();

        assertThat(rule.evaluate(answered, BOT, NOW)).isEqualTo(WaitingStatus.ANSWERED);
        assertThat(rule.evaluate(waiting, BOT, NOW)).isEqualTo(WaitingStatus.WAITING_FOR_BOT);
    }

    @Test
    void aHumanWhoWroteAfterTheBotWithoutTakingTheConversationKeepsTheBotSilentForThePause() {
        Conversation botOwned = Fixtures.conversation().customer("oi", 40).bot("Olá!", 39).human("Sou a Ana", 29)
            .customer("preço?", 1).build();
        Conversation unowned = Fixtures.conversation().owner(null).customer("oi", 40).human("Sou a Ana", 29)
            .customer("preço?", 1).build();

        assertThat(rule.evaluate(botOwned, BOT, NOW)).isEqualTo(WaitingStatus.HUMAN_PRESENT);
        assertThat(rule.evaluate(unowned, BOT, NOW)).isEqualTo(WaitingStatus.HUMAN_PRESENT);
        assertThat(WaitingStatus.HUMAN_PRESENT.isWaiting()).isFalse();
        assertThat(rule.evaluate(botOwned, BOT, NOW.plusSeconds(60))).isEqualTo(WaitingStatus.WAITING_FOR_BOT);
        assertThat(rule.evaluate(unowned, BOT, NOW.plusSeconds(60))).isEqualTo(WaitingStatus.WAITING_UNOWNED);
    }

    @Test
    void aHumanMessageBeforeTheBotsLastOneOrWithoutAnAttendantIdIsNoPresence() {
        Conversation botSpokeLast = Fixtures.conversation().customer("oi", 20).human("Sou a Ana", 15)
            .bot("Posso ajudar?", 10).customer("preço?", 1).build();
        Conversation anonymous = new Conversation("loja-aurora", "at-1", "hash-1", BOT, false, 1, "Maria",
                List.of(Message.fromCustomer("m1", "Maria", "oi", NOW.minusSeconds(300)),
                        new Message("m2", false, null, "?", "Olá", NOW.minusSeconds(240)),
                        Message.fromCustomer("m3", "Maria", "preço?", NOW.minusSeconds(60))));

        assertThat(rule.evaluate(botSpokeLast, BOT, NOW)).isEqualTo(WaitingStatus.WAITING_FOR_BOT);
        assertThat(rule.evaluate(anonymous, BOT, NOW)).isEqualTo(WaitingStatus.WAITING_FOR_BOT);
    }

    @Test
    void theHumanPresencePauseIsConfigurable() {
        Conversation conversation = Fixtures.conversation().bot("Olá!", 20).human("Sou a Ana", 10)
            .customer("preço?", 1).build();

        assertThat(new WaitingRule(Duration.ofSeconds(8), Duration.ofMinutes(5)).evaluate(conversation, BOT, NOW))
                .isEqualTo(WaitingStatus.WAITING_FOR_BOT);
        assertThat(new WaitingRule(Duration.ofSeconds(8), Duration.ofMinutes(15)).evaluate(conversation, BOT, NOW))
                .isEqualTo(WaitingStatus.HUMAN_PRESENT);
    }

    @Test
    void conversationWithoutMessagesDoesNotWait() {
        assertThat(rule.evaluate(Fixtures.conversation().build(), BOT, NOW)).isEqualTo(WaitingStatus.NO_MESSAGES);
        assertThat(rule.evaluate(Fixtures.conversation().closed().build(), BOT, NOW))
                .isEqualTo(WaitingStatus.CLOSED);
    }

    @Test
    void everyStatusHasAReason() {
        for (WaitingStatus status : WaitingStatus.values()) {
            assertThat(status.reason()).isNotBlank();
        }
    }
}
