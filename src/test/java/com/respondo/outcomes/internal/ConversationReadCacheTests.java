package com.respondo.outcomes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Message;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** How long what TempBox returned about a conversation is reused: open, closed, acted on since, too many kept. */
class ConversationReadCacheTests {

    private static final Instant NOW = Instant.parse("2026-12-08T13:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    private final ConversationReadCache cache = new ConversationReadCache(Duration.ofMinutes(2), Duration.ofHours(12),
            2, clock);

    private final List<Message> messages = List.of(Message.fromCustomer("m1", "Maria", "Oi", NOW.minusSeconds(60)));

    @Test
    void anOpenConversationIsReusedForItsTtlOnly() {
        cache.put("loja-aurora", "A1", messages, false, null);

        clock.advance(Duration.ofSeconds(119));
        assertThat(cache.get("loja-aurora", "a1", List.of())).as("within the TTL, any case of the id").isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("loja-aurora", "A1", List.of())).as("at the TTL").isNull();
    }

    @Test
    void aClosedConversationIsReusedUntilTheLedgerRecordsANewerAction() {
        Instant closedAt = NOW.minusSeconds(30);
        cache.put("loja-aurora", "A1", messages, true, closedAt);
        clock.advance(Duration.ofHours(1));
        List<LedgerEntry> before = List.of(entry(NOW.minusSeconds(30)));

        assertThat(cache.get("loja-aurora", "A1", before)).isNotNull()
            .satisfies(facts -> assertThat(facts.terminoAtendimento()).isEqualTo(closedAt));
        assertThat(cache.get("loja-aurora", "A1", List.of(entry(NOW.plusSeconds(600))))).as("reopened, answered")
            .isNull();
        assertThat(cache.get("loja-aurora", "A1", before)).as("dropped").isNull();
    }

    @Test
    void aClosedConversationIsReadAgainAfterItsOwnTtl() {
        cache.put("loja-aurora", "A1", messages, true, NOW);

        clock.advance(Duration.ofHours(12));

        assertThat(cache.get("loja-aurora", "A1", List.of())).isNull();
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedGoesFirstAndTenantsAreApart() {
        cache.put("loja-aurora", "A1", messages, true, NOW);
        cache.put("loja-aurora", "A2", messages, true, NOW);
        cache.get("loja-aurora", "A1", List.of());

        cache.put("loja-aurora", "A3", messages, true, NOW);

        assertThat(cache.get("loja-aurora", "A2", List.of())).isNull();
        assertThat(cache.get("loja-aurora", "A1", List.of())).isNotNull();
        assertThat(cache.get("clinica-sorriso", "A1", List.of())).isNull();
    }

    private static LedgerEntry entry(Instant updatedAt) {
        return new LedgerEntry(1, "loja-aurora", "A1", "m1", "ai-reply", LedgerAction.REPLY, LedgerStatus.SENT, "Olá",
                Map.of(), 1, null, null, null, updatedAt, updatedAt, updatedAt, 0, null);
    }
}
