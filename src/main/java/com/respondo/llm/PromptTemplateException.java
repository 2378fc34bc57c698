package com.respondo.llm;

/**
 * A prompt that cannot be rendered: no such file, a file not in the expected format, or a variable without a
 * value. The message names the file and the variable.
 */
public class PromptTemplateException extends RuntimeException {

    public PromptTemplateException(String message) {
        super(message);
    }
}
