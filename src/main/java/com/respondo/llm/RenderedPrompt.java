package com.respondo.llm;

/**
 * A prompt ready to send: its system part (stable per tenant, cacheable by the provider) and its user part (the
 * conversation).
 *
 * @param system the rendered system section
 * @param user the rendered user section
 * @param source where the template came from (a file path or {@code classpath:prompts/<name>.st})
 */
public record RenderedPrompt(String system, String user, String source) {
}
