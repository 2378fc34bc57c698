package com.respondo.knowledge.suggestions;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.respondo.knowledge.KnowledgeSuggestions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Drafts suggestions from the closed hand-offs every {@code respondo.knowledge.suggestions.check-interval}, the first
 * time one interval after start. Holds no state of its own: the ledger and the suggestion table say what is left to
 * draft, so a restart only delays the next check.
 */
final class SuggestionChecks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SuggestionChecks.class);

    private final KnowledgeSuggestions suggestions;

    private final SuggestionProperties properties;

    private volatile @Nullable ScheduledExecutorService executor;

    SuggestionChecks(KnowledgeSuggestions suggestions, SuggestionProperties properties) {
        this.suggestions = suggestions;
        this.properties = properties;
    }

    @Override
    public void start() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("respondo-suggestions-");
        threads.setDaemon(true);
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(threads);
        long every = properties.checkInterval().toMillis();
        checks.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
        this.executor = checks;
    }

    private void check() {
        try {
            int drafted = suggestions.draftFromClosedHandoffs().size();
            if (drafted > 0) {
                log.info("Drafted {} knowledge suggestion(s) from conversations closed by people", drafted);
            }
        }
        catch (RuntimeException ex) {
            // A failed check (database away) must not cancel the next ones.
            log.warn("A check of the handed-off conversations for suggestions failed", ex);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService checks = this.executor;
        if (checks != null) {
            checks.shutdownNow();
        }
        this.executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
