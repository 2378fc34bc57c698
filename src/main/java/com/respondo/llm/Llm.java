package com.respondo.llm;

/**
 * Asks the language model one templated question and returns its structured answer, so that the domain never
 * deals with prompts on the wire, HTTP or JSON.
 */
public interface Llm {

    /**
     * Renders the request's prompt, calls the model once (no retry) and parses its answer.
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
