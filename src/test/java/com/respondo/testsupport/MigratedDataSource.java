package com.respondo.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled data source on a test database with Respondo's schema, as Flyway creates it at start-up (the portable
 * migrations and the vendor's).
 */
public final class MigratedDataSource {

    private MigratedDataSource() {
    }

    /**
     * Migrates the database and returns a pool of up to 10 connections on it.
     *
     * @param vendor {@code h2} or {@code postgresql}
     */
    public static HikariDataSource create(String url, String username, String vendor) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setMaximumPoolSize(10);
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
            .load()
            .migrate();
        return dataSource;
    }
}
