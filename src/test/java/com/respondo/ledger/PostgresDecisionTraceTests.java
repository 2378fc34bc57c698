package com.respondo.ledger;

import javax.sql.DataSource;

import com.respondo.testsupport.MigratedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The decision trace on PostgreSQL (a database of its own on the local server), with the schema Flyway creates;
 * skipped when no PostgreSQL answers.
 */
class PostgresDecisionTraceTests extends DecisionTraceTestCases {

    private static MigratedPostgres postgres;

    @BeforeAll
    static void migrate() {
        postgres = MigratedPostgres.create("respondo_trace");
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
