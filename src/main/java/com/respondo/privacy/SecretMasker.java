package com.respondo.privacy;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Replaces the secrets that travel inside text by {@value #MASK}: {@code token=VALUE} (TempBox's query strings, any
 * message that repeats one) and {@code "token": "VALUE"} (JSON), in any case; what is already masked is left alone.
 * With a list of known secret values ({@link #maskable(Collection)}), each is masked too wherever it appears verbatim
 * (a TempBox error that echoes the token as {@code Token invalido: VALUE}).
 */
public final class SecretMasker {

    public static final String MASK = "***";

    /** Secrets shorter than this are not masked verbatim: they would mask ordinary words ("admin"). */
    public static final int MIN_SECRET_LENGTH = 8;

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

    /**
     * The secret values worth masking verbatim: blank and short ones ({@value #MIN_SECRET_LENGTH} characters) left
     * out, no duplicates, longest first (so that one that contains another is masked whole).
     */
    public static List<String> maskable(Collection<String> secrets) {
        return secrets.stream()
            .map(String::strip)
            .filter(secret -> secret.length() >= MIN_SECRET_LENGTH)
            .distinct()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .toList();
    }

    /**
     * The text with every {@code token=VALUE} masked and every one of the {@code secrets} (as
     * {@link #maskable(Collection)} gives them) replaced wherever it appears; an equal string when there was none:
     * a scan for "token" and one {@code contains} per secret on text that holds none.
     */
    public static @Nullable String mask(@Nullable String text, List<String> secrets) {
        String masked = mask(text);
        if (masked == null || masked.isEmpty()) {
            return masked;
        }
        for (String secret : secrets) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
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
