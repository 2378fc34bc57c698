package com.respondo.jobs;

import org.jspecify.annotations.Nullable;

/**
 * A job file that cannot be used; its message names the file and the field, and start-up stops with it.
 */
public class InvalidJobDefinitionException extends RuntimeException {

    private final String source;

    private final @Nullable String field;

    private final String problem;

    InvalidJobDefinitionException(String source, @Nullable String field, String problem) {
        super(source + ": " + ((field != null) ? "field '" + field + "': " : "") + problem);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    /**
     * The file (a classpath location or a path), or the setting, that is wrong.
     */
    public String source() {
        return source;
    }

    /**
     * The field in that file, e.g. {@code schedule.cron} or {@code steps[1].name}; {@code null} for the whole file.
     */
    public @Nullable String field() {
        return field;
    }

    /**
     * What is wrong with it.
     */
    public String problem() {
        return problem;
    }
}
