package com.respondo.llm;

import java.util.List;

/**
 * Start-up stops because the OpenAI connection settings are missing or invalid; reported by
 * {@link LlmSettingsFailureAnalyzer} as one message. Names the properties, never carries the key.
 */
class LlmSettingsException extends RuntimeException {

    private final List<String> problems;

    LlmSettingsException(List<String> problems) {
        super("The LLM settings are missing or invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per property: its name, its environment variable and what is wrong. */
    List<String> problems() {
        return this.problems;
    }
}
