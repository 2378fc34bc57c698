package com.respondo.llm;

/**
 * Asks the language model one templated question and returns its structured answer, so that the domain never
 * deals with prompts on the wire, HTTP or JSON.
 */
public interface Llm {

    /**
     * Renders the request's prompt, calls the model and parses its answer. The adapter calls once; the bean the
     * application injects retries a retryable failure first, and fails at once when the model's breaker is open
     * (see {@code com.respondo.resilience}), so an {@link LlmUnavailableException} reaching the caller is final
     * for this question: fall back.
     * @param request which prompt, for whom, with which variables
     * @param outputType the record the answer must parse into; its Bean Validation constraints are checked
     * @param <T> the answer type
     * @return the validated answer with its token usage, latency and model
     * @throws LlmUnavailableException the model could not be reached or was overloaded (retryable)
     * @throws LlmAnswerException the model answered but the answer is unusable (not retryable)
     * @throws LlmRejectedException the model's server refused the request itself (not retryable)
     * @throws PromptTemplateException the prompt is missing, malformed, or lacks a variable
     */
    <T> LlmAnswer<T> ask(LlmRequest request, Class<T> outputType);
}
