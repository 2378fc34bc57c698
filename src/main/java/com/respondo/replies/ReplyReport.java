package com.respondo.replies;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports each reply action once: one INFO line (tenant, conversation, step, action, decision basis, outcome,
 * latency; never customer text or PII) and the counter {@code respondo.answers} tagged {@code tenant}, {@code step},
 * {@code kind} (greet, start, send-canned, send-reply, handoff, schedule, close, defer, remote, skip) and
 * {@code outcome} ({@link ReplyOutcome#tag()}).
 */
final class ReplyReport {

    static final String METER = "respondo.answers";

    private static final Logger log = LoggerFactory.getLogger(ReplyReport.class);

    private final MeterRegistry registry;

    ReplyReport(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Reports an action that was planned and executed (or not). */
    void action(String tenantId, ReplyStep step, String atendimentoId, String kind, String basis,
            @Nullable Double confidence, ReplyOutcome outcome, Duration latency) {
        log.info("Reply tenant={} conversation={} step={} action={} basis={}{} outcome={} latency={}ms", tenantId,
                atendimentoId, step.stepName(), kind, basis,
                (confidence != null) ? String.format(Locale.ROOT, " confidence=%.2f", confidence) : "",
                outcome.tag(), latency.toMillis());
        count(tenantId, step, kind, outcome);
    }

    /** Counts an action without its INFO line (a skip, already logged with its reason). */
    void count(String tenantId, ReplyStep step, String kind, ReplyOutcome outcome) {
        Counter.builder(METER)
            .description("Reply actions of Respondo's steps, by outcome")
            .tag("tenant", tenantId)
            .tag("step", step.stepName())
            .tag("kind", kind)
            .tag("outcome", outcome.tag())
            .register(registry)
            .increment();
    }

    /** The kind tag of an action kind, e.g. {@code send-reply}. */
    static String kind(ActionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
