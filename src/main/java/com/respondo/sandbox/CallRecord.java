package com.respondo.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bounded record of what was posted to the sandbox plus a count of calls per operation; lock-free, so that
 * recording costs a few nanoseconds on the hot path.
 * <p>
 * Entries live in a ring of fixed capacity indexed by sequence number; the oldest are overwritten. Readers get a
 * contiguous run of entries: they stop at an entry still being written, so polling with "after the last sequence I
 * saw" never misses one.
 */
final class CallRecord {

    private final AtomicReferenceArray<PostedCall> ring;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    CallRecord(int capacity) {
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    void countCall(String operation) {
        calls.computeIfAbsent(operation, name -> new LongAdder()).increment();
    }

    PostedCall add(UUID empresa, Operation operation, Effect effect, PostedCall.Outcome outcome, Instant now) {
        long next = sequence.incrementAndGet();
        PostedCall entry = new PostedCall(next, now, empresa, operation.name(), effect.atendimento(),
                effect.atendente(), effect.text(), effect.scheduledFor(), effect.inReplyToId(), effect.inReplyToAt(),
                outcome, effect.detail());
        ring.set(slot(next), entry);
        return entry;
    }

    /** The retained entries with a sequence number above {@code after}, oldest first. */
    List<PostedCall> after(long after) {
        long last = sequence.get();
        long first = Math.max(after + 1, last - ring.length() + 1);
        List<PostedCall> entries = new ArrayList<>((int) Math.max(0, Math.min(last - first + 1, 10_000)));
        for (long number = Math.max(first, 1); number <= last; number++) {
            PostedCall entry = ring.get(slot(number));
            if (entry == null || entry.sequence() != number) {
                break;
            }
            entries.add(entry);
        }
        return entries;
    }

    long lastSequence() {
        return sequence.get();
    }

    Map<String, Long> calls() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((operation, count) -> counts.put(operation, count.sum()));
        return counts;
    }

    private int slot(long number) {
        return (int) ((number - 1) % ring.length());
    }
}
