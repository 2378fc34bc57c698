/**
 * Respondo's operational signals: health indicators for each tenant's TempBox (a cheap cached call), the LLM
 * (configuration and breaker) and the circuit breakers, grouped for liveness and readiness probes; Micrometer
 * metrics for TempBox calls by operation and for the number of conversations waiting per tenant
 * ({@link com.respondo.monitoring.WaitingGauge}), exported at {@code /actuator/prometheus}.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.monitoring;
