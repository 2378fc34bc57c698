package com.respondo.jobs;

/**
 * A launch or restart refused because the application is shutting down.
 */
public class LaunchesClosedException extends RuntimeException {

    LaunchesClosedException(String job) {
        super("Respondo is shutting down: job '" + job + "' is not launched");
    }
}
