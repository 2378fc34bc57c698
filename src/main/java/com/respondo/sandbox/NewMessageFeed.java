package com.respondo.sandbox;

import java.time.Duration;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The customer messages the sandbox's customers write, as they are written, for the streams of
 * {@code ObterNovasMensagensChatSiteSse}: every company's, whatever the channel. It outlives a reset (the streams
 * stay open); whoever is not listening misses what is written meanwhile, as a real stream's client does.
 */
final class NewMessageFeed {

    /** One customer message just written. */
    record NewMessage(Company company, Conversation conversation, Message message) {
    }

    private final Sinks.Many<NewMessage> messages = Sinks.many().multicast().directBestEffort();

    private final Sinks.Many<Boolean> drops = Sinks.many().multicast().directBestEffort();

    void published(Company company, Conversation conversation, Message message) {
        if (!message.fromAttendant()) {
            messages.emitNext(new NewMessage(company, conversation, message), Sinks.EmitFailureHandler.busyLooping(
                    Duration.ofSeconds(1)));
        }
    }

    /** The company's new customer messages from now on. */
    Flux<NewMessage> of(UUID empresa) {
        return messages.asFlux()
            .onBackpressureBuffer(100_000)
            .filter(message -> message.company().empresa().equals(empresa));
    }

    /** Emits when the open streams are to end. */
    Flux<Boolean> drops() {
        return drops.asFlux();
    }

    /** Ends every open stream (as a lost connection would); answers how many were open. */
    int drop() {
        int open = messages.currentSubscriberCount();
        drops.emitNext(Boolean.TRUE, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
        return open;
    }

    /** How many streams are open now. */
    int open() {
        return messages.currentSubscriberCount();
    }
}
