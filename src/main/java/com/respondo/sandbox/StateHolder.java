package com.respondo.sandbox;

import java.util.concurrent.atomic.AtomicReference;

/** Holds the sandbox's current state; a reset swaps in a fresh one, and in-flight calls finish on the old one. */
final class StateHolder {

    private final AtomicReference<SandboxState> state;

    StateHolder(SandboxState initial) {
        this.state = new AtomicReference<>(initial);
    }

    SandboxState current() {
        return state.get();
    }

    void replace(SandboxState replacement) {
        state.set(replacement);
    }
}
