package com.respondo.replies.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;

/**
 * The conversations the reply steps read before deciding, kept so that a later step of the run (bot-reply after
 * initial-response started the conversation, ai-reply after bot-reply deferred) does not read the same customer turn
 * again: a conversation is given to a later step only while its newest message is still the very customer message
 * the step's row of {@code ListarMensagensEmAberto} shows newest (a newer message of anyone makes it another turn, or
 * no turn), with the owner that row shows (initial-response made the bot the owner), and while younger than the max
 * age. Deciding on that view is safe because a step's delivery reads the conversation again before posting anything:
 * a human who took it or wrote in it, a newer customer message or a closure means nothing is posted. Kept in memory,
 * at most {@code capacity} conversations (the oldest dropped). Thread-safe.
 */
final class ConversationReads {

    private final Clock clock;

    private final Duration maxAge;

    private final int capacity;

    private final Map<String, Read> reads = new LinkedHashMap<>();

    ConversationReads(Clock clock, Duration maxAge, int capacity) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.capacity = capacity;
    }

    /** Keeps the conversation a step read, when a customer message is its newest. */
    void keep(ReplyStep step, Conversation conversation) {
        Optional<Message> newest = conversation.newestMessage().filter(Message::fromCustomer);
        if (newest.isEmpty() || capacity == 0) {
            return;
        }
        String key = key(conversation.tenantId(), conversation.atendimentoId(), newest.get().id());
        synchronized (reads) {
            reads.remove(key);
            reads.put(key, new Read(step, conversation, clock.instant()));
            Iterator<Read> oldest = reads.values().iterator();
            while (reads.size() > capacity && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** The conversation an earlier step read for the row's customer message, with the row's owner; else empty. */
    Optional<Conversation> earlier(ReplyStep step, String tenantId, OpenConversation row) {
        Read read;
        synchronized (reads) {
            read = reads.get(key(tenantId, row.atendimentoId(), row.messageId()));
        }
        if (read == null || read.step().compareTo(step) >= 0 || read.at().plus(maxAge).isBefore(clock.instant())) {
            return Optional.empty();
        }
        Conversation c = read.conversation();
        return Optional.of(c.withOwner(row.summary().ownerId()));
    }

    private static String key(String tenantId, String atendimentoId, String messageId) {
        return (tenantId + '/' + atendimentoId + '/' + messageId).toLowerCase(Locale.ROOT);
    }

    private record Read(ReplyStep step, Conversation conversation, Instant at) {
    }
}
