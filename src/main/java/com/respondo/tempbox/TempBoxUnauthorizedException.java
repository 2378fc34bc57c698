package com.respondo.tempbox;

/** TempBox refused the tenant's token (HTTP 401 or {@code Code} 401): retrying cannot help. */
public class TempBoxUnauthorizedException extends TempBoxException {

    public TempBoxUnauthorizedException(String operation, String tenantId, String message) {
        super(operation, tenantId, message);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
