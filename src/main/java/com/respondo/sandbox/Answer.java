package com.respondo.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** What an operation answers: the envelope's Data, and the effects to record when it changed state. */
record Answer(@Nullable Object data, List<Effect> effects) {

    static Answer of(@Nullable Object data) {
        return new Answer(data, List.of());
    }

    static Answer changed(@Nullable Object data, Effect effect) {
        return new Answer(data, List.of(effect));
    }

    static Answer changed(@Nullable Object data, List<Effect> effects) {
        return new Answer(data, List.copyOf(effects));
    }

    /** The implementation of one operation. */
    interface Handler extends Function<Call, Answer> {
    }

    /** A group of operations that registers its handlers. */
    interface Operations {

        void register(Map<Operation, Handler> handlers);
    }
}
