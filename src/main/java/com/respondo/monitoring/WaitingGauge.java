package com.respondo.monitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.util.Assert;

/**
 * The number of conversations waiting for Respondo, per tenant and step, as the Micrometer gauge
 * {@code respondo.conversations.waiting} (Prometheus: {@code respondo_conversations_waiting}). The steps' readers
 * set it each time they have counted the conversations waiting for them (at the end of a read, or page by page);
 * the value stays until the next count.
 */
public class WaitingGauge {

    static final String NAME = "respondo.conversations.waiting";

    private final MeterRegistry registry;

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    public WaitingGauge(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Records how many conversations of a tenant are waiting for a step now.
     *
     * @param tenant the tenant id
     * @param step the step whose waiting conversations were counted ({@code initial-response}, {@code bot-reply}...)
     * @param waiting how many
     */
    public void set(String tenant, String step, long waiting) {
        Assert.hasText(tenant, "tenant must not be blank");
        Assert.hasText(step, "step must not be blank");
        values.computeIfAbsent(tenant + '\u0000' + step, key -> register(tenant, step)).set(Math.max(0, waiting));
    }

    private AtomicLong register(String tenant, String step) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(NAME, value, AtomicLong::get)
            .description("Conversations waiting for Respondo, as last counted by the step's reader")
            .tag("tenant", tenant)
            .tag("step", step)
            .register(registry);
        return value;
    }
}
