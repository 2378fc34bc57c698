package com.respondo.sandbox.llm;

import java.util.Set;

/**
 * Respondo's five LLM tasks, as the sandbox recognises them from the property names of the JSON schema the
 * request asks the answer to follow.
 */
enum SandboxLlmTask {

    /** {@code initial-response}: {@code {message}}. */
    GREETING,

    /** {@code bot-choice}: {@code {option, confidence, reason}}. */
    CANNED_CHOICE,

    /** {@code ai-reply}: {@code {action, message, confidence, reason, followUpMessage, slot, sources}}. */
    AI_DECISION,

    /** {@code data-collection}: {@code {name, email, phone, document, cep, intent, urgency, sentiment, summary}}. */
    COLLECTED_DATA,

    /** {@code follow-up-nudge}: {@code {nudge}}. */
    FOLLOW_UP_NUDGE;

    /** @return the task whose answer has these properties, or {@code null} for none of Respondo's */
    static @org.jspecify.annotations.Nullable SandboxLlmTask of(Set<String> properties) {
        if (properties.contains("action") && properties.contains("slot")) {
            return AI_DECISION;
        }
        if (properties.contains("option") && properties.contains("confidence")) {
            return CANNED_CHOICE;
        }
        if (properties.contains("document") || properties.contains("cep")) {
            return COLLECTED_DATA;
        }
        if (properties.contains("nudge")) {
            return FOLLOW_UP_NUDGE;
        }
        if (properties.contains("message")) {
            return GREETING;
        }
        return null;
    }
}
