package com.respondo.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/** The sandbox-wide Autonumeracao counters of conversations, messages and occurrences. */
final class Numbering {

    private final AtomicInteger conversations = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicInteger occurrences = new AtomicInteger();

    int nextConversation() {
        return conversations.incrementAndGet();
    }

    int nextMessage() {
        return messages.incrementAndGet();
    }

    int nextOccurrence() {
        return occurrences.incrementAndGet();
    }
}
