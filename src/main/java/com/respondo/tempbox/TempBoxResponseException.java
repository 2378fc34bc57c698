package com.respondo.tempbox;

/**
 * TempBox answered, but with something the client cannot read: malformed JSON, no envelope, {@code Data} of the
 * wrong shape, a row without its id. The message carries a short, token-masked excerpt of the body.
 */
public class TempBoxResponseException extends TempBoxException {

    private final String problem;

    private final String bodyExcerpt;

    public TempBoxResponseException(String operation, String tenantId, String problem, String bodyExcerpt) {
        super(operation, tenantId, problem + "; body: " + bodyExcerpt);
        this.problem = problem;
        this.bodyExcerpt = bodyExcerpt;
    }

    /** The problem without the body excerpt, which may carry customer text. */
    @Override
    public String summary() {
        return this.problem;
    }

    /** At most 200 characters of the body, tokens masked. */
    public String bodyExcerpt() {
        return this.bodyExcerpt;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
