package com.respondo.knowledge.suggestions;

import com.respondo.knowledge.KnowledgeSuggestions;
import com.respondo.knowledge.internal.PeriodicCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drafts suggestions from the closed hand-offs every {@code respondo.knowledge.suggestions.check-interval}, the first
 * time one interval after start. Holds no state of its own: the ledger and the suggestion table say what is left to
 * draft, so a restart only delays the next check.
 */
final class SuggestionChecks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SuggestionChecks.class);

    private final KnowledgeSuggestions suggestions;

    private final SuggestionProperties properties;

    private final PeriodicCheck checks = new PeriodicCheck("handed-off conversations for suggestions", this::check);

    SuggestionChecks(KnowledgeSuggestions suggestions, SuggestionProperties properties) {
        this.suggestions = suggestions;
        this.properties = properties;
    }

    @Override
    public void start() {
        checks.start(properties.checkInterval(), properties.checkInterval());
    }

    private void check() {
        int drafted = suggestions.draftFromClosedHandoffs().size();
        if (drafted > 0) {
            log.info("Drafted {} knowledge suggestion(s) from conversations closed by people", drafted);
        }
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
