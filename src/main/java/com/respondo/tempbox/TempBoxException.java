package com.respondo.tempbox;

/**
 * A TempBox call that did not succeed, naming the operation and the tenant; {@link #retryable()} tells the
 * protection layer whether trying again can help. Messages never carry a token.
 */
public abstract class TempBoxException extends RuntimeException {

    private final String operation;

    private final String tenantId;

    private final String detail;

    protected TempBoxException(String operation, String tenantId, String detail) {
        super("TempBox " + operation + " for tenant '" + tenantId + "': " + detail);
        this.operation = operation;
        this.tenantId = tenantId;
        this.detail = detail;
    }

    /** The TempBox operation, as the reference spells it (e.g. {@code ListarMensagensEmAberto}). */
    public String operation() {
        return this.operation;
    }

    /** The id of the tenant whose call failed. */
    public String tenantId() {
        return this.tenantId;
    }

    /** What went wrong, in a few words, without the body of the answer: fit for an INFO log line. */
    public String summary() {
        return this.detail;
    }

    /** Whether the same call may succeed if tried again later. */
    public abstract boolean retryable();
}
