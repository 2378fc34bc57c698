package com.respondo.tempbox;

/**
 * The protection layer refused a call before it reached TempBox (the tenant's circuit breaker is open, or no rate
 * permit came in time): TempBox failed too often for the whole tenant, which is an outage, never one conversation's
 * trouble.
 */
public class TempBoxCallRefusedException extends TempBoxUnavailableException {

    public TempBoxCallRefusedException(String operation, String tenantId, String message) {
        super(operation, tenantId, message, null);
    }
}
