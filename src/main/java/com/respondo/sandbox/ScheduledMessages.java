package com.respondo.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The messages scheduled with AgendarMensagem and not yet delivered, ordered by due time. */
final class ScheduledMessages {

    /** A message to deliver into a conversation at {@code due}, written by {@code atendente}. */
    record Scheduled(UUID empresa, UUID atendimento, UUID atendente, String text, Instant due) {
    }

    private record Key(Instant due, long sequence) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }

    private final ConcurrentSkipListMap<Key, Scheduled> pending = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();

    void add(Scheduled scheduled) {
        pending.put(new Key(scheduled.due(), sequence.incrementAndGet()), scheduled);
    }

    /** Removes and answers the messages due at {@code now}, oldest first. */
    List<Scheduled> takeDue(Instant now) {
        List<Scheduled> due = new ArrayList<>();
        Map.Entry<Key, Scheduled> first;
        while ((first = pending.firstEntry()) != null && !first.getKey().due().isAfter(now)) {
            if (pending.remove(first.getKey()) != null) {
                due.add(first.getValue());
            }
        }
        return due;
    }

    List<Scheduled> pending() {
        return List.copyOf(pending.values());
    }
}
