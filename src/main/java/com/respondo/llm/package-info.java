/**
 * The LLM as a port: {@link com.respondo.llm.Llm} renders a prompt from {@code prompts/} (tenant overrides
 * first), asks the OpenAI-compatible chat model through Spring AI, parses the answer into a validated record and
 * records the token usage per tenant, step and conversation; failures are split into retryable
 * ({@link com.respondo.llm.LlmUnavailableException}) and final ones, and no layer here retries.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.llm;
