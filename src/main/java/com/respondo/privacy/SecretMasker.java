package com.respondo.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Replaces the secrets that travel inside text by {@value #MASK}: {@code token=VALUE} (TempBox's query strings, any
 * message that repeats one) and {@code "token": "VALUE"} (JSON), in any case; what is already masked is left alone.
 */
public final class SecretMasker {

    public static final String MASK = "***";

    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(token=|[\"']token[\"']\\s*:\\s*[\"'])(?!\\*\\*\\*)([^&\\s\"'<>,;{}()\\[\\]]+)");

    private SecretMasker() {
    }

    /** Whether the text holds something {@link #mask(String)} would replace. */
    public static boolean needsMasking(@Nullable String text) {
        return text != null && containsToken(text) && TOKEN.matcher(text).find();
    }

    /** The text with every {@code token=VALUE} (and its JSON form) masked; the same instance when there is none. */
    public static @Nullable String mask(@Nullable String text) {
        if (text == null || !containsToken(text)) {
            return text;
        }
        Matcher matcher = TOKEN.matcher(text);
        return matcher.find() ? matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + MASK) : text;
    }

    /** A case-insensitive search for "token" without a regular expression: most text has none. */
    private static boolean containsToken(String text) {
        for (int i = 0; i <= text.length() - 5; i++) {
            if (text.regionMatches(true, i, "token", 0, 5)) {
                return true;
            }
        }
        return false;
    }
}
