package com.respondo.admin;

import java.time.Instant;

import com.respondo.datacollection.CustomerData;

/**
 * One collection of customer data from a conversation, as the admin API shows it.
 *
 * @param tenantId the tenant
 * @param atendimento the TempBox conversation id
 * @param collectedAt when it was stored
 * @param data the validated data and the customer messages it came from
 */
public record CollectedDataRow(String tenantId, String atendimento, Instant collectedAt, CustomerData data) {
}
