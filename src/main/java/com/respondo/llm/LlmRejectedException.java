package com.respondo.llm;

/**
 * The model's server refused the request itself (HTTP 400, 401, 403, 404, 422: a wrong key, an unknown model, an
 * option the server does not support): a configuration problem that retrying cannot fix.
 */
public class LlmRejectedException extends LlmException {

    private final int status;

    public LlmRejectedException(String message, int status) {
        super(message, null);
        this.status = status;
    }

    /** @return the HTTP status the server answered */
    public int status() {
        return this.status;
    }

    /**
     * Whether the server refused the key (401, 403) or the model (404): every question would be refused alike until
     * the configuration changes, whatever the conversation.
     */
    public boolean refusesKeyOrModel() {
        return this.status == 401 || this.status == 403 || this.status == 404;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
