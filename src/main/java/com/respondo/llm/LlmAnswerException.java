package com.respondo.llm;

/**
 * The model answered, but not usably: the text does not parse into the expected record, breaks its constraints,
 * is empty, or the model refused. Asking again the same way is not expected to help.
 */
public class LlmAnswerException extends LlmException {

    public LlmAnswerException(String message) {
        super(message, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
