package com.respondo.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What one state-changing call did to one conversation, before its outcome is known: the draft of a record entry. */
record Effect(@Nullable UUID atendimento, @Nullable UUID atendente, @Nullable String text,
        @Nullable LocalDateTime scheduledFor, @Nullable Message inReplyTo, @Nullable String detail) {

    static Effect on(@Nullable UUID atendimento, @Nullable UUID atendente, @Nullable String text,
            @Nullable Message inReplyTo) {
        return new Effect(atendimento, atendente, text, null, inReplyTo, null);
    }

    Effect withDetail(@Nullable String detail) {
        return new Effect(atendimento, atendente, text, scheduledFor, inReplyTo, detail);
    }

    @Nullable UUID inReplyToId() {
        return inReplyTo == null ? null : inReplyTo.id();
    }

    @Nullable Instant inReplyToAt() {
        return inReplyTo == null ? null : inReplyTo.cadastro();
    }
}
