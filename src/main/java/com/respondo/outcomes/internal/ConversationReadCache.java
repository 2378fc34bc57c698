package com.respondo.outcomes.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Message;
import com.respondo.ledger.LedgerEntry;

/**
 * What TempBox last returned about each conversation the outcomes read (its messages, whether it is closed and since
 * when), so that a dashboard polling every minute does not read TempBox twice per conversation each time. A closed
 * conversation's facts change only when it is reopened, which Respondo's next action on it shows in the ledger: they
 * are kept until the ledger records something newer than the read (or {@code closedTtl} passes, as a safety net). An
 * open conversation's are kept {@code openTtl} only, since the customer or a person may write at any moment. The
 * least recently used entries go first beyond {@code capacity}.
 */
final class ConversationReadCache {

    /**
     * One conversation as TempBox returned it.
     *
     * @param messages its messages
     * @param closed whether TempBox showed it closed
     * @param terminoAtendimento when TempBox said it was closed, if it said
     * @param readAt when it was read
     */
    record Facts(List<Message> messages, boolean closed, @Nullable Instant terminoAtendimento, Instant readAt) {
    }

    private final Duration openTtl;

    private final Duration closedTtl;

    private final Clock clock;

    private final Map<String, Facts> facts;

    ConversationReadCache(Duration openTtl, Duration closedTtl, int capacity, Clock clock) {
        this.openTtl = openTtl;
        this.closedTtl = closedTtl;
        this.clock = clock;
        this.facts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Facts> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The facts kept about the conversation if they still hold, given the ledger's entries about it. */
    synchronized @Nullable Facts get(String tenantId, String atendimento, List<LedgerEntry> entries) {
        String key = key(tenantId, atendimento);
        Facts kept = facts.get(key);
        if (kept == null) {
            return null;
        }
        Duration age = Duration.between(kept.readAt(), clock.instant());
        boolean expired = age.compareTo(kept.closed() ? closedTtl : openTtl) >= 0;
        boolean actedSince = entries.stream().anyMatch(entry -> entry.updatedAt().isAfter(kept.readAt()));
        if (expired || actedSince) {
            facts.remove(key);
            return null;
        }
        return kept;
    }

    /** Keeps what TempBox just returned; returns it. */
    synchronized Facts put(String tenantId, String atendimento, List<Message> messages, boolean closed,
            @Nullable Instant terminoAtendimento) {
        Facts read = new Facts(List.copyOf(messages), closed, terminoAtendimento, clock.instant());
        facts.put(key(tenantId, atendimento), read);
        return read;
    }

    private static String key(String tenantId, String atendimento) {
        return tenantId + "/" + atendimento.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
