package com.respondo.replay;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A replay's report: what was replayed, with which model and prompts, the count of each verdict and every turn.
 *
 * @param tenant the tenant
 * @param from the first instant replayed
 * @param to the instant replayed up to (excluded)
 * @param model the chat model asked
 * @param promptsDir the prompt overrides' directory, null for the shipped prompts
 * @param generatedAt when the replay ran
 * @param conversations how many conversations were read
 * @param turns every customer turn replayed
 */
public record ReplayReport(String tenant, Instant from, Instant to, String model, @Nullable String promptsDir,
        Instant generatedAt, int conversations, List<ReplayedTurn> turns) {

    public ReplayReport {
        turns = List.copyOf(turns);
    }

    /** How many turns Respondo agrees on. */
    public long agreements() {
        return turns.stream().filter(turn -> turn.verdict().agreement()).count();
    }

    /** How many turns got each verdict (every verdict listed, zero included). */
    public Map<Verdict, Long> verdicts() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, turns.stream().filter(turn -> turn.verdict() == verdict).count());
        }
        return counts;
    }
}
