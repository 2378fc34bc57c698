package com.respondo.jobs;

import java.util.Collection;

/**
 * No job of that name is declared in {@code jobs/}.
 */
public class UnknownJobException extends RuntimeException {

    private final String job;

    UnknownJobException(String job, Collection<String> known) {
        super("No job named '" + job + "' (jobs: " + String.join(", ", known) + ")");
        this.job = job;
    }

    public String job() {
        return job;
    }
}
