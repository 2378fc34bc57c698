package com.respondo.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One question to the model: the prompt to render, who it is for (recorded with its token usage) and the values
 * of the prompt's variables, for the system and the user part alike.
 *
 * @param prompt the prompt's name, the file {@code prompts/<prompt>.st} (e.g. {@code ai-reply})
 * @param tenantId the tenant (its prompt overrides apply, its usage is recorded)
 * @param step the step asking (e.g. {@code ai-reply}), recorded with the usage
 * @param conversationId the TempBox {@code Atendimento} concerned, when there is one
 * @param variables the template variables; a {@code null} value renders as empty text
 */
public record LlmRequest(String prompt, String tenantId, String step, @Nullable String conversationId,
        Map<String, @Nullable Object> variables) {

    public LlmRequest {
        Assert.hasText(prompt, "prompt must not be empty");
        Assert.hasText(tenantId, "tenantId must not be empty");
        Assert.hasText(step, "step must not be empty");
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
