package com.respondo.outcomes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import com.respondo.outcomes.HandoffReason;
import com.respondo.outcomes.OutcomeReport;

/**
 * The outcomes of each tenant's last 24 hours as Micrometer gauges ({@code respondo.outcomes.*}; Prometheus
 * {@code respondo_outcomes_*}), as last computed (by the admin API or the dashboard asking for the default period).
 * NaN until then, and for a rate with no denominator.
 */
final class OutcomeGauges {

    private final MeterRegistry registry;

    private final Map<String, Double> values = new ConcurrentHashMap<>();

    OutcomeGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Publishes a tenant's report of the last 24 hours. */
    void publish(OutcomeReport report) {
        String tenant = report.tenant();
        set("respondo.outcomes.conversations.touched", tenant, null, report.conversations().touched(),
                "Conversations Respondo sent something to in the last 24 h");
        set("respondo.outcomes.automated.resolution.rate", tenant, null, rate(report.automatedResolution().rate()),
                "Share of the decided conversations closed with no person and not reopened within 72 h");
        set("respondo.outcomes.containment.rate", tenant, null, rate(report.containment().rate()),
                "Share of the ended conversations that needed no person");
        set("respondo.outcomes.handoff.rate", tenant, null, rate(report.handoffs().rate()),
                "Share of the conversations touched that were handed off");
        for (Map.Entry<HandoffReason, Long> reason : report.handoffs().byReason().entrySet()) {
            set("respondo.outcomes.handoffs", tenant, reason.getKey().name().toLowerCase(Locale.ROOT),
                    reason.getValue(), "Hand-offs sent in the last 24 h, by reason");
        }
        Long median = report.firstAnswer().medianSeconds();
        set("respondo.outcomes.first.answer.median.seconds", tenant, null, median == null ? Double.NaN : median,
                "Median time from the customer's first message to the first answer");
        set("respondo.outcomes.llm.cost", tenant, null, report.llmCost().amount().doubleValue(),
                "LLM cost of the last 24 h in the tenant's currency (" + report.llmCost().currency() + ")");
        set("respondo.outcomes.csat.answers", tenant, null, report.satisfaction().answers(),
                "Answers to the satisfaction question");
        Double average = report.satisfaction().average();
        set("respondo.outcomes.csat.average", tenant, null, average == null ? Double.NaN : average,
                "Average answer to the satisfaction question (1 to 5)");
    }

    private void set(String name, String tenant, @Nullable String reason, double value, String description) {
        String key = name + '\u0000' + tenant + '\u0000' + (reason == null ? "" : reason);
        if (values.put(key, value) == null) {
            Gauge.Builder<Map<String, Double>> gauge = Gauge
                .builder(name, values, map -> map.getOrDefault(key, Double.NaN))
                .description(description)
                .tag("tenant", tenant);
            if (reason != null) {
                gauge.tag("reason", reason);
            }
            gauge.register(registry);
        }
    }

    private static double rate(@Nullable Double rate) {
        return rate == null ? Double.NaN : rate;
    }
}
