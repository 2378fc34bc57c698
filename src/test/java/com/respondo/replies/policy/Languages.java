package com.respondo.replies.policy;

import java.util.Optional;

/** The language guess of the outgoing-text check, for tests outside this package (the golden conversations). */
public final class Languages {

    private Languages() {
    }

    /** The language tag ({@code pt-BR}, {@code en}, {@code es}) the text is clearly written in, if any. */
    public static Optional<String> of(String text) {
        return LanguageGuess.of(text).map(ReplyLanguage::tag);
    }
}
