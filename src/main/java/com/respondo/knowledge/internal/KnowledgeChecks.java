package com.respondo.knowledge.internal;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;

/**
 * At start, copies the bundled documents (if any) and checks every tenant's folder; then checks them again every
 * {@code respondo.knowledge.check-interval}, so that an edited, added or deleted file is searched as it now is.
 */
final class KnowledgeChecks implements SmartLifecycle {

    private final KnowledgeProperties properties;

    private final PeriodicCheck checks;

    KnowledgeChecks(LuceneKnowledgeBase knowledge, KnowledgeProperties properties) {
        this.properties = properties;
        this.checks = new PeriodicCheck("knowledge folders", knowledge::refreshAll);
    }

    @Override
    public void start() {
        String seed = properties.seed();
        if (seed != null && !seed.isBlank()) {
            KnowledgeSeed.copyMissing(seed, properties.dir());
        }
        checks.start(Duration.ZERO, properties.checkInterval());
    }

    @Override
    public void stop() {
        checks.stop();
    }

    @Override
    public boolean isRunning() {
        return checks.isRunning();
    }
}
