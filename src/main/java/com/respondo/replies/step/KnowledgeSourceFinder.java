package com.respondo.replies.step;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.knowledge.Passage;
import com.respondo.replies.policy.KnowledgeSources;
import com.respondo.replies.policy.SourceFinder;

/**
 * ai-reply's sources from the tenant's documents: the customer's pending messages are the question, the customer's
 * few turns before them what it may refer to; the best passages that fit the token budget are given. A search that
 * fails gives no source, so the reply falls back on the company context instead of failing the conversation.
 */
final class KnowledgeSourceFinder implements SourceFinder {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSourceFinder.class);

    /** How many passages are searched for, before the budget keeps the best that fit. */
    static final int SEARCHED = 5;

    /** How many of the customer's earlier turns go into the query. */
    static final int RECENT_TURNS = 3;

    private final KnowledgeBase knowledge;

    private final int charBudget;

    KnowledgeSourceFinder(KnowledgeBase knowledge, int charBudget) {
        this.knowledge = knowledge;
        this.charBudget = charBudget;
    }

    @Override
    public KnowledgeSources sourcesFor(Conversation conversation) {
        List<Message> pending = conversation.burst();
        if (pending.isEmpty() || charBudget == 0) {
            return KnowledgeSources.none();
        }
        String question = String.join("\n", pending.stream().map(Message::text).toList());
        List<Message> earlier = conversation.customerMessages().stream()
            .filter(message -> !pending.contains(message)).toList();
        List<String> recent = earlier.subList(Math.max(0, earlier.size() - RECENT_TURNS), earlier.size()).stream()
            .map(Message::text).toList();
        try {
            List<Passage> found = knowledge.searchForQuestion(conversation.tenantId(), question, recent, SEARCHED);
            return KnowledgeSources.within(found, knowledge.supportThreshold(), charBudget);
        }
        catch (RuntimeException ex) {
            log.warn("Knowledge search failed for tenant {} conversation {}; answering without sources: {}",
                    conversation.tenantId(), conversation.atendimentoId(), ex.toString());
            return KnowledgeSources.none();
        }
    }
}
