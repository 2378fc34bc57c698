package com.respondo.replies.step;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.ActionKind;
import com.respondo.replies.policy.ReplyStep;

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

    /** The counters by tag values, registered once each rather than looked up through a builder per action. */
    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

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
        this.counters.computeIfAbsent(new CounterKey(tenantId, step, kind, outcome), this::register).increment();
    }

    private Counter register(CounterKey key) {
        return Counter.builder(METER)
            .description("Reply actions of Respondo's steps, by outcome")
            .tag("tenant", key.tenantId())
            .tag("step", key.step().stepName())
            .tag("kind", key.kind())
            .tag("outcome", key.outcome().tag())
            .register(registry);
    }

    /** What tells one counter of {@code respondo.answers} from another. */
    private record CounterKey(String tenantId, ReplyStep step, String kind, ReplyOutcome outcome) {
    }

    /** The kind tag of an action kind, e.g. {@code send-reply}. */
    static String kind(ActionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
