package com.respondo.tempbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.tempbox.TempBoxResponses.Envelope;
import com.respondo.tempbox.TempBoxResponses.HttpResult;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads the usual TempBox answer in one pass, without a tree (the fast path of {@link TempBoxResponses}): it accepts
 * only what it can read without doubt and says null for anything else, which the tree then reads, accepts or refuses
 * as it always did.
 */
final class OnePassEnvelopeReader {

    /** The names of the envelope's fields, lower-cased: a field that is one of them in another case needs the tree. */
    private static final Set<String> ENVELOPE_FIELDS = Set.of("status", "code", "success", "data", "message");

    private final JsonMapper exactNamesMapper;

    private final TempBoxRowReaders rowReaders;

    OnePassEnvelopeReader(JsonMapper exactNamesMapper, TempBoxRowReaders rowReaders) {
        this.exactNamesMapper = exactNamesMapper;
        this.rowReaders = rowReaders;
    }

    /**
     * The usual answer read in one pass, without a tree: HTTP 2xx, an object with {@code Success} true, {@code Code}
     * (if any) an integer below 400, the envelope's fields named as TempBox names them, each once, and {@code Data}
     * null, absent, or an array of objects that read as {@code rowType} by exact names with nothing to warn about.
     * Null for anything else, which {@link TempBoxResponses#envelope(TempBoxCall, HttpResult)} reads, accepts or
     * refuses as it always did. A command's answer (no row type) has its {@code Data} skipped, whatever it holds:
     * nothing reads it.
     */
    @Nullable Envelope read(TempBoxCall call, HttpResult result, @Nullable Class<?> rowType) {
        if (result.status() < 200 || result.status() >= 300) {
            return null;
        }
        try (JsonParser parser = result.utf8() ? this.exactNamesMapper.createParser(result.bytes())
                : this.exactNamesMapper.createParser(result.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Integer code = null;
            boolean success = false;
            List<Object> rows = null;
            Set<String> seen = new HashSet<>(8);
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (!seen.add(name)) {
                    return null;
                }
                switch (name) {
                    case "Code" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() >= 400) {
                            return null;
                        }
                        code = parser.getIntValue();
                    }
                    case "Success" -> {
                        if (value != JsonToken.VALUE_TRUE) {
                            return null;
                        }
                        success = true;
                    }
                    case "Data" -> {
                        rows = (rowType == null) ? skip(parser) : streamedRows(call, parser, value, rowType);
                        if (rows == null) {
                            return null;
                        }
                    }
                    case "Status", "Message" -> parser.skipChildren();
                    default -> {
                        if (ENVELOPE_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                            return null;
                        }
                        parser.skipChildren();
                    }
                }
            }
            if (!success || parser.nextToken() != null) {
                return null;
            }
            return new Envelope(code, MissingNode.getInstance(), rowType, (rows != null) ? rows : List.of());
        }
        catch (RuntimeException anythingUnusual) {
            return null;
        }
    }

    private static List<Object> skip(JsonParser parser) {
        parser.skipChildren();
        return List.of();
    }

    /** {@code Data}'s rows read in one pass, or null when the tree must read them (see {@link #read}). */
    private @Nullable List<Object> streamedRows(TempBoxCall call, JsonParser parser, JsonToken value,
            Class<?> rowType) {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        ObjectReader reader = this.rowReaders.readers(rowType, call.operation()).exactNames();
        List<Object> rows = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                return null;
            }
            rows.add(reader.readValue(parser));
        }
        return rows;
    }
}
