package com.respondo.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of its own for one test class, created on the local server (127.0.0.1:5432, trust auth, user
 * {@code postgres}) and dropped on {@link #close()}; tests are skipped with a clear message when no server answers.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private static final String USER = "postgres";

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    /**
     * Creates a fresh database named after the given prefix, or skips the calling test when PostgreSQL is not there.
     */
    public static PostgresTestDatabase create(String prefix) {
        Assumptions.assumeTrue(available(), "PostgreSQL does not answer on 127.0.0.1:5432 (user postgres, trust "
                + "auth): skipping the PostgreSQL tests (.ci/run starts one)");
        String name = prefix.toLowerCase(Locale.ROOT) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return new PostgresTestDatabase(name);
    }

    public String url() {
        return SERVER + name;
    }

    public String username() {
        return USER;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static boolean available() {
        DriverManager.setLoginTimeout(2);
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            return connection.isValid(2);
        }
        catch (SQLException ex) {
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, ex);
        }
    }
}
