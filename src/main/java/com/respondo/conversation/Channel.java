package com.respondo.conversation;

import java.util.Objects;

/**
 * A customer channel as the texts see it: the name the prompts use and the longest text it accepts.
 *
 * @param name the channel's name in pt-BR (e.g. "WhatsApp"), shown to the LLM
 * @param maxLength the longest text, in Unicode code points, that may be sent on it
 */
public record Channel(String name, int maxLength) {

    public Channel {
        Objects.requireNonNull(name, "name");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
    }
}
