package com.respondo.replies.policy;

/**
 * A language a tenant answers in ({@code respondo.replies.tenants.<id>.language}, {@code pt-BR} by default), among
 * those {@link LanguageGuess} tells apart.
 */
public enum ReplyLanguage {

    /** Brazilian Portuguese ({@code pt-BR}). */
    PT_BR("pt-BR"),

    /** English ({@code en}). */
    EN("en"),

    /** Spanish ({@code es}). */
    ES("es");

    private final String tag;

    ReplyLanguage(String tag) {
        this.tag = tag;
    }

    /** The language's tag, as the setting writes it. */
    public String tag() {
        return tag;
    }
}
