package com.respondo.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Calls the sandbox holds before handling them until a test releases them, per operation: how TempBox behaves when
 * one call of a delivery takes tens of seconds (a slow answer under retries) while other callers go on. Each
 * {@link HeldCall} catches the next call of its operation that arrives; none by default; a reset releases them.
 */
final class HeldCalls {

    private final Map<Operation, Queue<HeldCall>> pending = new ConcurrentHashMap<>();

    HeldCall holdNext(Operation operation) {
        HeldCall held = new HeldCall(operation.name());
        pending.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>()).add(held);
        return held;
    }

    /** The hold waiting for the next call of this operation, taken by the call now arriving. */
    Optional<HeldCall> take(Operation operation) {
        Queue<HeldCall> queue = pending.get(operation);
        return Optional.ofNullable((queue != null) ? queue.poll() : null);
    }

    /** Releases and forgets every hold not taken yet. */
    void clear() {
        pending.values().forEach(queue -> queue.forEach(HeldCall::release));
        pending.clear();
    }
}
