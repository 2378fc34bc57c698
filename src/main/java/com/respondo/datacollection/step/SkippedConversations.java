package com.respondo.datacollection.step;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips the conversations that cannot be collected ({@link ConversationSkippedException}), however many, and logs
 * why; every other failure fails the step.
 */
final class SkippedConversations implements SkipPolicy, SkipListener<Candidate, CollectionOutcome> {

    private static final Logger log = LoggerFactory.getLogger(SkippedConversations.class);

    private final String tenantId;

    SkippedConversations(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        return failure instanceof ConversationSkippedException;
    }

    @Override
    public void onSkipInProcess(Candidate item, Throwable failure) {
        log.warn("data-collection of tenant '{}' skipped {}", tenantId, failure.getMessage());
    }
}
