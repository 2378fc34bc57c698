package com.respondo.tempbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Replaces TempBox tokens in text (URLs, bodies, exception messages) by {@code ***} before it is logged or thrown. */
final class SecretMasking {

    static final String MASK = "***";

    /** {@code token=VALUE} in a query string or a message, and {@code "token": "VALUE"} in JSON; not when masked. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)(token=|[\"']token[\"']\\s*:\\s*[\"'])(?!\\*\\*\\*)([^&\\s\"'<>,;{}()\\[\\]]+)");

    private SecretMasking() {
    }

    /** Whether the text holds something {@link #mask(String)} would replace. */
    static boolean needsMasking(@Nullable String text) {
        return text != null && containsIgnoreCase(text, "token") && TOKEN.matcher(text).find();
    }

    /** The text with every {@code token=VALUE} (and its JSON form) masked. */
    static @Nullable String mask(@Nullable String text) {
        if (text == null || !containsIgnoreCase(text, "token")) {
            return text;
        }
        Matcher matcher = TOKEN.matcher(text);
        return matcher.find() ? matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + MASK) : text;
    }

    /** The text with the token patterns and every literal occurrence of {@code secret} masked. */
    static String mask(String text, @Nullable String secret) {
        String masked = mask(text);
        if (masked == null) {
            return "";
        }
        return (secret == null || secret.isEmpty()) ? masked : masked.replace(secret, MASK);
    }

    /** At most {@code max} characters of the masked text, marked with an ellipsis when cut, on one line. */
    static String excerpt(@Nullable String text, @Nullable String secret, int max) {
        if (text == null || text.isEmpty()) {
            return "(empty)";
        }
        String oneLine = mask(text, secret).replaceAll("\\s+", " ").strip();
        return (oneLine.length() <= max) ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static boolean containsIgnoreCase(String text, String word) {
        int length = word.length();
        for (int i = 0; i <= text.length() - length; i++) {
            if (text.regionMatches(true, i, word, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
