package com.respondo.testsupport;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh database of its own on the local PostgreSQL server with Respondo's schema ({@link MigratedDataSource}), for
 * the tests of a class: created in {@code @BeforeAll} (the class is skipped, saying why, when no PostgreSQL answers),
 * its pool closed and the database dropped on {@link #close()} in {@code @AfterAll}.
 */
public final class MigratedPostgres implements AutoCloseable {

    private final PostgresTestDatabase database;

    private final HikariDataSource dataSource;

    private MigratedPostgres(PostgresTestDatabase database, HikariDataSource dataSource) {
        this.database = database;
        this.dataSource = dataSource;
    }

    /** Creates and migrates a database named after the prefix. */
    public static MigratedPostgres create(String prefix) {
        PostgresTestDatabase database = PostgresTestDatabase.create(prefix);
        return new MigratedPostgres(database, MigratedDataSource.create(database.url(), database.username(),
                "postgresql"));
    }

    /** A pool of connections on the migrated database. */
    public HikariDataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool, then drops the database; for a field that may be null when the class was skipped. */
    public static void close(MigratedPostgres postgres) {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    public void close() {
        dataSource.close();
        database.close();
    }
}
