package com.respondo.datacollection;

import java.util.UUID;

import javax.sql.DataSource;

import com.respondo.testsupport.MigratedDataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store of collected data on H2, the embedded default, with the schema Flyway creates.
 */
class H2CollectedDataRepositoryTests extends CollectedDataRepositoryTestCases {

    private static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = MigratedDataSource.create("jdbc:h2:mem:collected-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "h2");
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
