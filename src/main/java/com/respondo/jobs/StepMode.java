package com.respondo.jobs;

import java.util.Locale;

/**
 * Where a step's work happens: here (the LLM called by Respondo) or at TempBox (its own automation operation of the
 * same name, called by Respondo for the same items).
 */
public enum StepMode {

    LOCAL, REMOTE;

    /**
     * The name used in job files: {@code local} or {@code remote}.
     */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
