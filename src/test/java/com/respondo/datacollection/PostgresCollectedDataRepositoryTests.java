package com.respondo.datacollection;

import javax.sql.DataSource;

import com.respondo.testsupport.MigratedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store of collected data on PostgreSQL (a database of its own on the local server), with the schema Flyway
 * creates; skipped when no PostgreSQL answers.
 */
class PostgresCollectedDataRepositoryTests extends CollectedDataRepositoryTestCases {

    private static MigratedPostgres postgres;

    @BeforeAll
    static void migrate() {
        postgres = MigratedPostgres.create("respondo_collected");
    }

    @AfterAll
    static void drop() {
        MigratedPostgres.close(postgres);
    }

    @Override
    DataSource dataSource() {
        return postgres.dataSource();
    }
}
