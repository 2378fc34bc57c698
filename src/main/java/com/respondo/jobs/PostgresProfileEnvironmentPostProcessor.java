package com.respondo.jobs;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With the {@code postgres} profile, refuses to start unless {@code spring.datasource.url}
 * ({@code SPRING_DATASOURCE_URL}) names a PostgreSQL database: a missing URL would otherwise let Spring Boot fall
 * back to an embedded database, and instances meant to share one would each work alone.
 */
class PostgresProfileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "").trim();
        if (url.isEmpty()) {
            throw new DatabaseSettingsException("The postgres profile needs the database's JDBC URL: "
                    + "SPRING_DATASOURCE_URL (spring.datasource.url) is not set.");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new DatabaseSettingsException("The postgres profile needs a PostgreSQL JDBC URL in "
                    + "SPRING_DATASOURCE_URL (spring.datasource.url), one starting with jdbc:postgresql:, not "
                    + url.replaceAll("(?i)password=[^&;]*", "password=***"));
        }
    }

    /** After the configuration files (and their profiles) are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
