package com.respondo.datacollection.policy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.ReplySettings;
import com.respondo.datacollection.CollectionProgress;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionWindowTests {

    private static final Instant T = Instant.parse("2026-03-02T12:00:00Z");

    private final DataCollectionPolicy policy = new DataCollectionPolicy(ReplySettings.defaults());

    private final Message m1 = customer("m1", 0);

    private final Message m2 = Message.fromAttendant("m2", "bot", "Bot", "Olá!", T.plusSeconds(10));

    private final Message m3 = customer("m3", 20);

    private final Message m4 = customer("m4", 20);

    private final Conversation conversation = conversation(m1, m2, m3, m4);

    @Test
    void aConversationNeverCollectedGivesEveryCustomerMessageUpToTheNewestTheReaderSaw() {
        CollectionWindow window = CollectionWindow.of(policy, conversation, null, "m4").orElseThrow();

        assertThat(window.sources()).containsExactly(m1, m3, m4);
        assertThat(window.upTo()).isEqualTo(new LastReadMessage("conv", "m4", T.plusSeconds(20)));
    }

    @Test
    void onlyTheMessagesAfterTheProgressAreCollectedEvenWithinTheSameSecond() {
        CollectionWindow window = CollectionWindow.of(policy, conversation, progress("M3", T.plusSeconds(20)), "m4")
            .orElseThrow();

        assertThat(window.sources()).containsExactly(m4);
        assertThat(window.upTo().messageId()).isEqualTo("m4");
    }

    @Test
    void aMessageThatArrivedAfterTheReaderSawTheConversationIsLeftForTheNextRun() {
        CollectionWindow window = CollectionWindow.of(policy, conversation, progress("m1", T), "m3").orElseThrow();

        assertThat(window.sources()).containsExactly(m3);
        assertThat(window.upTo().messageId()).isEqualTo("m3");
    }

    @Test
    void onlyAttendantMessagesSinceTheProgressMoveItWithNothingToRead() {
        CollectionWindow window = CollectionWindow.of(policy, conversation(m1, m2), progress("m1", T), "m2")
            .orElseThrow();

        assertThat(window.sources()).isEmpty();
        assertThat(window.upTo().messageId()).isEqualTo("m2");
    }

    @Test
    void aProgressMessageNoLongerInTheConversationIsPlacedByItsTime() {
        CollectionWindow window = CollectionWindow.of(policy, conversation, progress("gone", T.plusSeconds(15)), "m4")
            .orElseThrow();

        assertThat(window.sources()).containsExactly(m3, m4);
    }

    @Test
    void theProgressNeverMovesBack() {
        CollectionWindow window = CollectionWindow.of(policy, conversation, progress("m4", T.plusSeconds(20)), "m3")
            .orElseThrow();

        assertThat(window.sources()).isEmpty();
        assertThat(window.upTo().messageId()).isEqualTo("m4");
    }

    @Test
    void theReadersNewestMessageMissingFromTheConversationReadsItAll() {
        CollectionWindow window = CollectionWindow.of(policy, conversation, null, "unknown").orElseThrow();

        assertThat(window.sources()).containsExactly(m1, m3, m4);
        assertThat(window.upTo().messageId()).isEqualTo("m4");
    }

    @Test
    void aConversationWithoutMessagesHasNoWindow() {
        assertThat(CollectionWindow.of(policy, conversation(), null, "m1")).isEmpty();
    }

    private static Message customer(String id, long second) {
        return Message.fromCustomer(id, "Maria", "mensagem " + id, T.plusSeconds(second));
    }

    private static Conversation conversation(Message... messages) {
        return new Conversation("loja-aurora", "conv", "hash", null, false, null, "Maria", List.of(messages));
    }

    private static CollectionProgress progress(String messageId, Instant at) {
        return new CollectionProgress("loja-aurora", "conv", messageId, at, 1L, at);
    }
}
