package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.outcomes.HandoffReason;
import com.respondo.outcomes.OutcomeReport;
import com.respondo.outcomes.SatisfactionSurvey;

/**
 * Adds the definitions up into one tenant's {@link OutcomeReport} for a period: over the conversations touched (with
 * an action Respondo sent in the period), the ledger alone for hand-offs, and the histories TempBox returned for the
 * rest.
 */
public final class OutcomeCalculator {

    private OutcomeCalculator() {
    }

    /**
     * The report.
     *
     * @param ledger every ledger entry of each conversation touched in the period, by conversation
     * @param histories the touched conversations TempBox returned
     * @param unreadable how many touched conversations TempBox did not return
     * @param cost the period's LLM cost
     * @param asked whether the tenant asks the satisfaction question
     */
    public static OutcomeReport report(String tenant, Instant from, Instant to, Instant now,
            Map<String, List<LedgerEntry>> ledger, List<ConversationHistory> histories, long unreadable,
            OutcomeReport.LlmCost cost, boolean asked) {
        long touched = ledger.size();
        return new OutcomeReport(tenant, from, to, now,
                new OutcomeReport.Conversations(touched, histories.size(), unreadable),
                resolution(histories, now), handoffs(ledger, from, to), containment(histories, now),
                firstAnswer(histories, from, to), cost, satisfaction(histories, asked));
    }

    private static OutcomeReport.Resolution resolution(List<ConversationHistory> histories, Instant now) {
        Map<AutomatedResolution.Verdict, Long> verdicts = count(histories, h -> AutomatedResolution.of(h, now),
                AutomatedResolution.Verdict.class);
        long resolved = verdicts.get(AutomatedResolution.Verdict.RESOLVED);
        long reopened = verdicts.get(AutomatedResolution.Verdict.REOPENED);
        long withPerson = verdicts.get(AutomatedResolution.Verdict.WITH_PERSON);
        long open = verdicts.get(AutomatedResolution.Verdict.OPEN);
        long awaiting = verdicts.get(AutomatedResolution.Verdict.AWAITING_WINDOW);
        return new OutcomeReport.Resolution(resolved, reopened, awaiting, withPerson, open,
                rate(resolved, resolved + reopened + withPerson + open));
    }

    private static OutcomeReport.Handoffs handoffs(Map<String, List<LedgerEntry>> ledger, Instant from, Instant to) {
        List<LedgerEntry> handoffs = ledger.values()
            .stream()
            .flatMap(Collection::stream)
            .filter(entry -> entry.action() == LedgerAction.HANDOFF && entry.status() == LedgerStatus.SENT)
            .filter(entry -> !entry.createdAt().isBefore(from) && entry.createdAt().isBefore(to))
            .toList();
        Map<HandoffReason, Long> byReason = new EnumMap<>(HandoffReason.class);
        for (HandoffReason reason : HandoffReason.values()) {
            byReason.put(reason, 0L);
        }
        handoffs.forEach(entry -> byReason.merge(HandoffReasons.of(entry), 1L, Long::sum));
        long conversations = handoffs.stream().map(LedgerEntry::atendimento).distinct().count();
        return new OutcomeReport.Handoffs(conversations, rate(conversations, ledger.size()), byReason);
    }

    private static OutcomeReport.Containment containment(List<ConversationHistory> histories, Instant now) {
        Map<Containment.Verdict, Long> verdicts = count(histories, h -> Containment.of(h, now),
                Containment.Verdict.class);
        long contained = verdicts.get(Containment.Verdict.CONTAINED);
        long escalated = verdicts.get(Containment.Verdict.ESCALATED);
        return new OutcomeReport.Containment(contained, escalated, verdicts.get(Containment.Verdict.UNDECIDED),
                rate(contained, contained + escalated));
    }

    private static OutcomeReport.FirstAnswer firstAnswer(List<ConversationHistory> histories, Instant from,
            Instant to) {
        List<Duration> durations = new ArrayList<>();
        for (ConversationHistory history : histories) {
            FirstAnswer.firstCustomerMessage(history)
                .filter(first -> !first.at().isBefore(from) && first.at().isBefore(to))
                .flatMap(first -> FirstAnswer.of(history))
                .ifPresent(durations::add);
        }
        return new OutcomeReport.FirstAnswer(durations.size(),
                FirstAnswer.median(durations).map(Duration::toSeconds).orElse(null));
    }

    private static OutcomeReport.Satisfaction satisfaction(List<ConversationHistory> histories, boolean asked) {
        List<Integer> scores = histories.stream()
            .flatMap(history -> SatisfactionSurvey.ratings(history.messages()).stream())
            .map(SatisfactionSurvey.Rating::score)
            .toList();
        Map<Integer, Long> distribution = new LinkedHashMap<>();
        for (int score = 1; score <= 5; score++) {
            distribution.put(score, 0L);
        }
        scores.forEach(score -> distribution.merge(score, 1L, Long::sum));
        Double average = scores.isEmpty() ? null
                : Math.round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100) / 100.0;
        return new OutcomeReport.Satisfaction(asked, scores.size(), average, distribution);
    }

    private static <V extends Enum<V>> Map<V, Long> count(List<ConversationHistory> histories,
            Function<ConversationHistory, V> verdict, Class<V> type) {
        Map<V, Long> counts = new EnumMap<>(type);
        for (V value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        histories.stream().collect(Collectors.groupingBy(verdict, Collectors.counting())).forEach(counts::put);
        return counts;
    }

    /** part / whole rounded to 4 decimals; null when whole is 0. */
    static @Nullable Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
