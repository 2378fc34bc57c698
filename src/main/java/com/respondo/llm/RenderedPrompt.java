package com.respondo.llm;

/**
 * A prompt ready to send: its system part (stable per tenant, cacheable by the provider) and its user part (the
 * conversation).
 *
 * @param system the rendered system section
 * @param user the rendered user section
 * @param source where the template came from (a file path or {@code classpath:prompts/<name>.st})
 * @param version a short hash of the template file's text ({@code 12 hex digits}), so a trace names the wording
 */
public record RenderedPrompt(String system, String user, String source, String version) {

    /** The file name and version, e.g. {@code ai-reply.st@3f9a0c21be47}. */
    public String fileVersion() {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return name + '@' + version;
    }
}
