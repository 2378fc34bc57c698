package com.respondo.sandbox;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.convert.DurationStyle;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.DurationDeserializer;

/**
 * Reads a duration in the control API's JSON as the settings files do: {@code 300ms}, {@code 2s}, {@code 1m} or
 * ISO-8601 ({@code PT0.3S}), and also several of Spring's units in a row ({@code 2h5m}); a JSON number is seconds, as
 * Jackson reads it.
 */
final class DurationText extends ValueDeserializer<Duration> {

    private static final Pattern PARTS = Pattern.compile("(?:\\d+(?:ns|us|ms|s|m|h|d))+");

    private static final Pattern PART = Pattern.compile("\\d+(?:ns|us|ms|s|m|h|d)");

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return DurationDeserializer.INSTANCE.deserialize(parser, context);
        }
        String text = parser.getString().trim();
        try {
            return PARTS.matcher(text).matches() ? sum(text) : DurationStyle.detectAndParse(text);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write 300ms, 2s, 1m or PT0.3S", ex);
        }
    }

    private static Duration sum(String text) {
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            total = total.plus(DurationStyle.SIMPLE.parse(part.group()));
        }
        return total;
    }
}
