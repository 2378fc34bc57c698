package com.respondo.jobs;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid job file into Spring Boot's start-up failure report: one description naming the file and the
 * field, and what to do.
 */
class InvalidJobDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<InvalidJobDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidJobDefinitionException cause) {
        String what = (cause.field() != null) ? "field '" + cause.field() + "' of " + cause.source()
                : cause.source();
        return new FailureAnalysis("Invalid job definition: " + cause.getMessage(),
                "Correct the " + what + " (job files are the jar's jobs/*.yml, overridden by the *.yml files of "
                        + "respondo.jobs.dir).",
                cause);
    }
}
