package com.respondo.tempbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson readers of TempBox's row records, built once per row type and operation (named in their warnings):
 * by exact names, for the one-pass reading of the usual answer ({@link OnePassEnvelopeReader}), and
 * case-insensitive, for the tree that reads every other answer ({@link TempBoxResponses#rows}).
 */
final class TempBoxRowReaders {

    private final JsonMapper mapper;

    private final JsonMapper exactNamesMapper;

    /** The row readers by row type and operation (named in their warnings), built once each: they are immutable. */
    private final Map<RowReaderKey, RowReaders> byKey = new ConcurrentHashMap<>();

    private record RowReaderKey(Class<?> type, String operation) {
    }

    /** A row type's two readers: by exact names (the one pass) and case-insensitive (the tree). */
    record RowReaders(ObjectReader exactNames, ObjectReader anyCase) {
    }

    /**
     * @param mapper the case-insensitive mapper ({@link TempBoxJson#mapper})
     * @param exactNamesMapper the same by exact names ({@link TempBoxJson#exactNamesMapper})
     */
    TempBoxRowReaders(JsonMapper mapper, JsonMapper exactNamesMapper) {
        this.mapper = mapper;
        this.exactNamesMapper = exactNamesMapper;
    }

    RowReaders readers(Class<?> type, String operation) {
        return this.byKey.computeIfAbsent(new RowReaderKey(type, operation),
                key -> new RowReaders(reader(this.exactNamesMapper, key)
                    .withAttribute(TolerantReaders.FIRST_PASS, Boolean.TRUE)
                    // a row is read in the middle of the answer: what follows it is the next row, not trailing
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS), reader(this.mapper, key)));
    }

    private static ObjectReader reader(JsonMapper mapper, RowReaderKey key) {
        return mapper.readerFor(key.type()).withAttribute(TolerantReaders.OPERATION, key.operation());
    }
}
