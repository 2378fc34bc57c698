package com.respondo.tempbox;

/** TempBox rejected the request with an HTTP 4xx other than 401 and 429: the same request would fail again. */
public class TempBoxRejectedException extends TempBoxException {

    private final int httpStatus;

    public TempBoxRejectedException(String operation, String tenantId, int httpStatus, String bodyExcerpt) {
        super(operation, tenantId, "HTTP " + httpStatus + "; body: " + bodyExcerpt);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status TempBox answered with. */
    public int httpStatus() {
        return this.httpStatus;
    }

    /** The status without the body excerpt, which may carry customer text. */
    @Override
    public String summary() {
        return "HTTP " + this.httpStatus;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
