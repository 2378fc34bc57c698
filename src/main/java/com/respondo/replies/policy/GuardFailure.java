package com.respondo.replies.policy;

/**
 * Why the output guard refused a text for a customer, as the reason the ledger records (and the admin API shows)
 * starts: {@code output-guard:secret}, {@code output-guard:link}, {@code output-guard:phishing},
 * {@code output-guard:language}, {@code output-guard:prompt-leak}, {@code output-guard:unknown-source} or
 * {@code output-guard:no-source}. The detail never quotes a secret.
 */
public enum GuardFailure {

    /** A configured secret or a key-like string: an API key, a JWT, a long random token, a card number. */
    SECRET("secret"),

    /** A link to a host the tenant does not allow. */
    LINK("link"),

    /** An ask for a password, a card number, a security code, or a PIX to a key the tenant does not publish. */
    PHISHING("phishing"),

    /** An answer in another language than the tenant's (or the customer's, when the tenant allows it). */
    LANGUAGE("language"),

    /** A piece of the system prompt's own instructions, verbatim or lightly disguised. */
    PROMPT_LEAK("prompt-leak"),

    /** An AI reply citing a knowledge passage that its prompt did not give. */
    UNKNOWN_SOURCE("unknown-source"),

    /** An AI reply stating facts (numbers, prices, deadlines, dates) with no source while the sources supported one. */
    NO_SOURCE("no-source");

    /** What every guard reason starts with. */
    public static final String PREFIX = "output-guard:";

    private final String code;

    GuardFailure(String code) {
        this.code = PREFIX + code;
    }

    /** The reason's code, e.g. {@code output-guard:link}. */
    public String code() {
        return code;
    }

    /** The problem as {@link OutgoingTextCheck#problemWith(String)} gives it: the code, then the detail. */
    String because(String detail) {
        return code + ": " + detail;
    }
}
