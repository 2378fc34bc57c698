package com.respondo.knowledge.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * At start, copies the bundled documents (if any) and checks every tenant's folder; then checks them again every
 * {@code respondo.knowledge.check-interval}, so that an edited, added or deleted file is searched as it now is.
 */
final class KnowledgeChecks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeChecks.class);

    private final LuceneKnowledgeBase knowledge;

    private final KnowledgeProperties properties;

    private volatile @Nullable ThreadPoolTaskScheduler scheduler;

    KnowledgeChecks(LuceneKnowledgeBase knowledge, KnowledgeProperties properties) {
        this.knowledge = knowledge;
        this.properties = properties;
    }

    @Override
    public void start() {
        String seed = properties.seed();
        if (seed != null && !seed.isBlank()) {
            KnowledgeSeed.copyMissing(seed, properties.dir());
        }
        ThreadPoolTaskScheduler checks = new ThreadPoolTaskScheduler();
        checks.setPoolSize(1);
        checks.setThreadNamePrefix("respondo-knowledge-");
        checks.setErrorHandler(ex -> log.warn("A check of the knowledge folders failed", ex));
        checks.initialize();
        Duration interval = properties.checkInterval();
        checks.scheduleWithFixedDelay(knowledge::refreshAll, interval);
        this.scheduler = checks;
    }

    @Override
    public void stop() {
        ThreadPoolTaskScheduler checks = this.scheduler;
        if (checks != null) {
            checks.shutdown();
        }
        this.scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
