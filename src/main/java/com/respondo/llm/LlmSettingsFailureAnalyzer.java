package com.respondo.llm;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link LlmSettingsException} into Spring Boot's start-up failure report: which LLM setting is missing or
 * invalid and how to set it. Registered in {@code META-INF/spring.factories}.
 */
class LlmSettingsFailureAnalyzer extends AbstractFailureAnalyzer<LlmSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LlmSettingsException cause) {
        StringBuilder description = new StringBuilder("The LLM settings are missing or invalid:\n");
        cause.problems().forEach(problem -> description.append("\n    ").append(problem));
        return new FailureAnalysis(description.toString(), """
                Set the properties above. For OpenAI the key suffices (SPRING_AI_OPENAI_API_KEY); for another \
                OpenAI-compatible server also SPRING_AI_OPENAI_BASE_URL (its API root, ending in /v1) and \
                SPRING_AI_OPENAI_CHAT_MODEL.""", cause);
    }
}
