package com.respondo.sandbox;

import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

/**
 * One call the sandbox holds ({@link Sandbox#holdNext(String)}): the next call of its operation waits, not handled
 * (nothing applied, no answer), until {@link #release()}; then it is handled as usual. For tests in the same JVM.
 */
public final class HeldCall {

    private final String operation;

    private final CompletableFuture<Void> arrived = new CompletableFuture<>();

    private final CompletableFuture<Void> released = new CompletableFuture<>();

    HeldCall(String operation) {
        this.operation = operation;
    }

    /** The operation (wire name) whose next call is held. */
    public String operation() {
        return operation;
    }

    /** Whether the call arrived and is being held (or was, if released). */
    public boolean arrived() {
        return arrived.isDone();
    }

    /** Lets the held call be handled (at once, if it arrives after this). */
    public void release() {
        released.complete(null);
    }

    /** The call, handled once released. */
    <T> Mono<T> then(Mono<T> call) {
        return Mono.defer(() -> {
            arrived.complete(null);
            return Mono.fromFuture(released, false);
        }).then(call);
    }
}
