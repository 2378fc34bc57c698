package com.respondo.jobs;

/**
 * The {@code postgres} profile is active but the database settings do not name a PostgreSQL database.
 */
public class DatabaseSettingsException extends RuntimeException {

    DatabaseSettingsException(String message) {
        super(message);
    }
}
