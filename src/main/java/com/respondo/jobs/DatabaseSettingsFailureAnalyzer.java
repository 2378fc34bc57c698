package com.respondo.jobs;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns missing PostgreSQL settings into Spring Boot's start-up failure report, naming the setting to give.
 */
class DatabaseSettingsFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db.example:5432/respondo), "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or leave the postgres profile "
                        + "out to use the embedded H2 database.",
                cause);
    }
}
