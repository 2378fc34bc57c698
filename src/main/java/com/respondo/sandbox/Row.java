package com.respondo.sandbox;

import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

/** One row of a Data array: field names exactly as the reference spells them, in its order, nulls kept. */
final class Row extends LinkedHashMap<String, @Nullable Object> {

    private static final long serialVersionUID = 1L;

    Row with(String field, @Nullable Object value) {
        put(field, value);
        return this;
    }

    static Row of(String field, @Nullable Object value) {
        return new Row().with(field, value);
    }
}
