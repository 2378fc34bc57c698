package com.respondo.ledger;

import java.time.Instant;

/**
 * How many ledger entries of one tenant, action and status were created in one hour (for dashboards).
 *
 * @param tenantId the tenant
 * @param hour the start of the hour (UTC)
 * @param action the action
 * @param status the entries' current status
 * @param count the number of entries
 */
public record LedgerCount(String tenantId, Instant hour, LedgerAction action, LedgerStatus status, long count) {
}
