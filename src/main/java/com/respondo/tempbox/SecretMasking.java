package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import com.respondo.privacy.SecretMasker;

/**
 * Replaces TempBox tokens in text (URLs, bodies, exception messages) by {@code ***} before it is logged or thrown: the
 * {@code token=VALUE} patterns (through {@link SecretMasker}) and, where the tenant is known, its token verbatim.
 */
final class SecretMasking {

    static final String MASK = SecretMasker.MASK;

    private SecretMasking() {
    }

    /** Whether the text holds something {@link #mask(String)} would replace. */
    static boolean needsMasking(@Nullable String text) {
        return SecretMasker.needsMasking(text);
    }

    /** The text with every {@code token=VALUE} (and its JSON form) masked. */
    static @Nullable String mask(@Nullable String text) {
        return SecretMasker.mask(text);
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
}
