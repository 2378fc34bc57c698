package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;

/**
 * TempBox's push of new customer messages: {@code ObterNovasMensagensChatSiteSse} read as server-sent events, one
 * stream per tenant. The reference names the stream but documents only its rows: an event's data is one row of the
 * operation's list ({@link ConversationMessage}); comments (keep-alives) arrive as events without a message.
 */
public interface NewMessageStream {

    /**
     * The tenant's stream from now on: an event without a message for the connection and each keep-alive, one with
     * a message for each new message. It ends (or fails with a {@link TempBoxException} whose message holds no
     * token) when the stream is lost; subscribe again to reconnect.
     */
    Flux<Event> open(Tenant tenant);

    /**
     * One event of the stream.
     *
     * @param message the new message, or null for the connection and keep-alives
     */
    record Event(@Nullable ConversationMessage message) {
    }
}
