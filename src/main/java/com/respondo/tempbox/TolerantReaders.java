package com.respondo.tempbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Jackson readers for TempBox's loosely typed scalars: a value they cannot read becomes null with a WARN naming the
 * field and the operation, so one odd field never loses a whole answer.
 */
final class TolerantReaders {

    /** The {@link DeserializationContext} attribute that holds the operation being decoded, for the warnings. */
    static final String OPERATION = "tempbox.operation";

    /**
     * The attribute of a first, exact-names reading ({@link TempBoxJson#exactNamesMapper}): a value these readers
     * cannot read stops it instead of a warning, and the second, case-insensitive reading warns, once.
     */
    static final String FIRST_PASS = "tempbox.first-pass";

    private static final Logger log = LoggerFactory.getLogger(TolerantReaders.class);

    private TolerantReaders() {
    }

    private static @Nullable <T> T unreadable(JsonParser parser, DeserializationContext context, String kind) {
        if (context.getAttribute(FIRST_PASS) != null) {
            throw new SecondPassNeeded();
        }
        JsonToken token = parser.currentToken();
        String field = parser.currentName();
        String raw = (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) ? token.name()
                : parser.getString();
        parser.skipChildren();
        log.warn("TempBox {}: unreadable {} {} in field {}; read as null", context.getAttribute(OPERATION), kind,
                SecretMasking.excerpt(raw, null, 40), field);
        return null;
    }

    /**
     * Stops a first, exact-names reading at what only the tolerant reading handles: a value that needs a warning, or
     * a field known in another case ({@link TempBoxJson.CaseMismatches}).
     */
    static final class SecondPassNeeded extends RuntimeException {

        SecondPassNeeded() {
            super("a value needs the tolerant reading", null, false, false);
        }
    }

    /** Dates in any of the formats of {@link TempBoxDates}, or epoch milliseconds. */
    static final class InstantReader extends ValueDeserializer<Instant> {

        private final ZoneId zone;

        InstantReader(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochMilli(parser.getLongValue());
            }
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                if (text.isBlank()) {
                    return null;
                }
                Instant instant = TempBoxDates.parse(text, this.zone);
                if (instant != null) {
                    return instant;
                }
            }
            return unreadable(parser, context, "date");
        }
    }

    /** SQL Server bits: {@code 0}/{@code 1}, {@code true}/{@code false}, and the same as strings. */
    static final class BooleanReader extends ValueDeserializer<Boolean> {

        @Override
        public @Nullable Boolean deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            String text = parser.getString();
            if (text != null) {
                switch (text.strip().toLowerCase(Locale.ROOT)) {
                    case "1", "true" -> {
                        return Boolean.TRUE;
                    }
                    case "0", "false" -> {
                        return Boolean.FALSE;
                    }
                    case "" -> {
                        return null;
                    }
                    default -> {
                    }
                }
            }
            return unreadable(parser, context, "bit");
        }
    }

    /** Integers, also when sent as strings. */
    static final class IntegerReader extends ValueDeserializer<Integer> {

        @Override
        public @Nullable Integer deserialize(JsonParser parser, DeserializationContext context) {
            Long value = readLong(parser);
            if (value != null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return value.intValue();
            }
            return (value == null && isBlankString(parser)) ? null : unreadable(parser, context, "int");
        }
    }

    /** Long integers (SQL {@code bigint}), also when sent as strings. */
    static final class LongReader extends ValueDeserializer<Long> {

        @Override
        public @Nullable Long deserialize(JsonParser parser, DeserializationContext context) {
            Long value = readLong(parser);
            return (value != null || isBlankString(parser)) ? value : unreadable(parser, context, "bigint");
        }
    }

    private static @Nullable Long readLong(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            return (value == Math.rint(value)) ? (long) value : null;
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(parser.getString().strip());
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    private static boolean isBlankString(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_STRING && parser.getString().isBlank();
    }
}
