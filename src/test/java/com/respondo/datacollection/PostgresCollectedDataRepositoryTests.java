package com.respondo.datacollection;

import javax.sql.DataSource;

import com.respondo.testsupport.PostgresTestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store of collected data on PostgreSQL (a database of its own on the local server), with the schema Flyway
 * creates; skipped when no PostgreSQL answers.
 */
class PostgresCollectedDataRepositoryTests extends CollectedDataRepositoryTestCases {

    private static PostgresTestDatabase database;

    private static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.create("respondo_collected");
        dataSource = migratedDataSource(database.url(), database.username(), "postgresql");
    }

    @AfterAll
    static void drop() {
        if (dataSource != null) {
            dataSource.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
