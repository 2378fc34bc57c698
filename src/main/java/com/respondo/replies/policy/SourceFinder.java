package com.respondo.replies.policy;

import com.respondo.conversation.Conversation;

/**
 * Finds the knowledge passages an ai-reply prompt gives for a conversation's pending question: the step's adapter
 * searches the tenant's documents; the policy only reads the passages it is given.
 */
@FunctionalInterface
public interface SourceFinder {

    /** The sources for the customer's pending messages, with the recent turns they may refer to. */
    KnowledgeSources sourcesFor(Conversation conversation);

    /** No sources ever: the company context and the canned messages alone. */
    static SourceFinder none() {
        return conversation -> KnowledgeSources.none();
    }
}
