package com.respondo.ledger;

import java.util.UUID;

import javax.sql.DataSource;

import com.respondo.testsupport.MigratedDataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The decision trace on H2, the embedded default, with the schema Flyway creates.
 */
class H2DecisionTraceTests extends DecisionTraceTestCases {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = MigratedDataSource.create("jdbc:h2:mem:trace-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "h2");
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
