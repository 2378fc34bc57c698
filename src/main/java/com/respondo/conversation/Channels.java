package com.respondo.conversation;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The channels of a tenant by TempBox {@code Plataforma} code; TempBox does not document the codes, so they are
 * configuration, and an unknown code falls back to a generic channel with a conservative length limit.
 *
 * @param byCode the known channels by Plataforma code
 * @param fallback the channel of an unknown or missing code
 */
public record Channels(Map<Integer, Channel> byCode, Channel fallback) {

    /** The channel of an unknown code: a neutral name and the shortest common limit. */
    public static final Channel UNKNOWN = new Channel("canal", 2000);

    public Channels {
        byCode = Map.copyOf(byCode);
        Objects.requireNonNull(fallback, "fallback");
    }

    /** The assumed codes: 1 WhatsApp (4,096), 2 site chat (2,000), 3 e-mail (20,000); others fall back to "canal". */
    public static Channels defaults() {
        return new Channels(Map.of(
                1, new Channel("WhatsApp", 4096),
                2, new Channel("chat do site", 2000),
                3, new Channel("e-mail", 20000)), UNKNOWN);
    }

    /** The channel of a Plataforma code; the fallback for null or unknown codes. */
    public Channel of(@Nullable Integer plataforma) {
        if (plataforma == null) {
            return fallback;
        }
        return byCode.getOrDefault(plataforma, fallback);
    }
}
