package com.respondo.replies.step;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.respondo.tempbox.AtendimentoEmAberto;

/**
 * What the follow-up steps, run every minute, remember between runs so as not to read every conversation the bot
 * owns each time: the tenant's open conversations ({@code ListarEmAberto}) of one job execution, listed once for both
 * steps, and per conversation the earliest instant a follow-up can be due there as the last read of it showed
 * ({@link #notBefore}). A conversation is read again when that instant has come, or as soon as its row of the list
 * differs in any field from the row it was read with (a message, a reading, a new owner), or when the clock went
 * back. That is safe because what happens in a conversation only ends a silence or starts a later one: a customer's
 * message ends it, a bot's message starts the wait again, a person's never lets it be followed up; so a follow-up
 * cannot come due before the instant the last read gave. Kept in memory, for the conversations of the latest list.
 * Thread-safe; one instance for the application.
 */
final class FollowUpWatch {

    /** How many job executions' lists are kept (two steps of one execution share one). */
    private static final int LISTS = 16;

    private final Clock clock;

    private final Map<String, Listing> lists = new LinkedHashMap<>();

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    FollowUpWatch(Clock clock) {
        this.clock = clock;
    }

    /**
     * The tenant's open conversations for the job execution {@code runId} (null: outside one, listed every time),
     * listed by {@code list} once for the execution's steps and partitions. Forgets the timers of conversations no
     * longer listed.
     */
    List<AtendimentoEmAberto> openConversations(String tenantId, @Nullable Long runId,
            Supplier<List<AtendimentoEmAberto>> list) {
        if (runId == null) {
            return listed(tenantId, list.get());
        }
        Listing listing;
        synchronized (lists) {
            listing = lists.computeIfAbsent(tenantId + '/' + runId, key -> new Listing());
            Iterator<String> oldest = lists.keySet().iterator();
            while (lists.size() > LISTS) {
                oldest.next();
                oldest.remove();
            }
        }
        synchronized (listing) {
            if (listing.rows == null) {
                listing.rows = listed(tenantId, list.get());
            }
            return listing.rows;
        }
    }

    /** Whether the conversation of this row must be read: it may have a follow-up due now. */
    boolean mayBeDue(String tenantId, AtendimentoEmAberto row) {
        Timer timer = (row.atendimento() != null) ? timers.get(key(tenantId, row.atendimento())) : null;
        if (timer == null || !timer.row().equals(row)) {
            return true;
        }
        Instant now = clock.instant();
        return now.isBefore(timer.setAt()) || !now.isBefore(timer.notBefore());
    }

    /** No follow-up can be due in the conversation of this row, unchanged, before {@code notBefore}. */
    void notBefore(String tenantId, AtendimentoEmAberto row, Instant notBefore) {
        if (row.atendimento() != null) {
            timers.put(key(tenantId, row.atendimento()), new Timer(row, clock.instant(), notBefore));
        }
    }

    /** The conversation of this row is to be read by every run (a follow-up is due, or it could not be read). */
    void readAgain(String tenantId, AtendimentoEmAberto row) {
        if (row.atendimento() != null) {
            timers.remove(key(tenantId, row.atendimento()));
        }
    }

    /** Forgets everything (a sandbox reset). */
    void clear() {
        synchronized (lists) {
            lists.clear();
        }
        timers.clear();
    }

    private List<AtendimentoEmAberto> listed(String tenantId, List<AtendimentoEmAberto> rows) {
        Set<String> open = rows.stream()
            .filter(row -> row.atendimento() != null)
            .map(row -> key(tenantId, row.atendimento()))
            .collect(Collectors.toSet());
        String prefix = tenantId.toLowerCase(Locale.ROOT) + '/';
        timers.keySet().removeIf(key -> key.startsWith(prefix) && !open.contains(key));
        return List.copyOf(rows);
    }

    private static String key(String tenantId, String atendimentoId) {
        return (tenantId + '/' + atendimentoId).toLowerCase(Locale.ROOT);
    }

    private static final class Listing {

        private @Nullable List<AtendimentoEmAberto> rows;
    }

    private record Timer(AtendimentoEmAberto row, Instant setAt, Instant notBefore) {
    }
}
