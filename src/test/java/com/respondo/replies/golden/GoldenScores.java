package com.respondo.replies.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score table of a golden run: per category, how many conversations passed, how many free-text criteria the
 * judge passed (or how many were not judged), the tokens spent, the latency of a turn and its cost at the given prices
 * per 1,000 tokens; a total line last.
 */
final class GoldenScores {

    /**
     * One conversation's result.
     *
     * @param category its file's category
     * @param id its id
     * @param passed whether its decision satisfied every expectation
     * @param failures what it missed
     * @param decision what was decided, in one line
     * @param promptTokens the input tokens of its LLM calls
     * @param completionTokens the output tokens of its LLM calls
     * @param latencyMillis how long the turn took to decide
     * @param judged its free-text criteria and the judge's verdict on each (not judged without a judge model)
     */
    record Result(String category, String id, boolean passed, List<String> failures, String decision,
            long promptTokens, long completionTokens, long latencyMillis, List<GoldenJudge.Judgement> judged) {

        Result {
            failures = List.copyOf(failures);
            judged = List.copyOf(judged);
        }
    }

    private final List<Result> results = new ArrayList<>();

    private final double inputPrice;

    private final double outputPrice;

    /** @param inputPrice the price of 1,000 input tokens; @param outputPrice of 1,000 output tokens */
    GoldenScores(double inputPrice, double outputPrice) {
        this.inputPrice = inputPrice;
        this.outputPrice = outputPrice;
    }

    synchronized void add(Result result) {
        results.add(result);
    }

    synchronized List<Result> results() {
        return List.copyOf(results);
    }

    /** The table, as Markdown. */
    synchronized String table(String label) {
        Map<String, List<Result>> byCategory = new TreeMap<>();
        results.forEach(result -> byCategory.computeIfAbsent(result.category(), c -> new ArrayList<>()).add(result));
        StringBuilder table = new StringBuilder("Golden conversations: ").append(label).append('\n')
            .append("| category | passed | pass rate | judge | input tokens | output tokens | median latency ms | cost |\n")
            .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        byCategory.forEach((category, rows) -> table.append(row(category, rows)));
        table.append(row("**total**", results));
        return table.toString();
    }

    private String row(String name, List<Result> rows) {
        long passed = rows.stream().filter(Result::passed).count();
        long input = rows.stream().mapToLong(Result::promptTokens).sum();
        long output = rows.stream().mapToLong(Result::completionTokens).sum();
        long[] latencies = rows.stream().mapToLong(Result::latencyMillis).sorted().toArray();
        long median = latencies.length == 0 ? 0 : latencies[latencies.length / 2];
        double cost = input / 1000.0 * inputPrice + output / 1000.0 * outputPrice;
        return String.format(Locale.ROOT, "| %s | %d/%d | %.0f %% | %s | %d | %d | %d | %.4f |%n", name, passed,
                rows.size(), rows.isEmpty() ? 0.0 : 100.0 * passed / rows.size(), judge(rows), input, output, median,
                cost);
    }

    /** The criteria the judge passed out of those it judged, and how many it did not judge; – when there are none. */
    private static String judge(List<Result> rows) {
        List<GoldenJudge.Judgement> all = rows.stream().flatMap(row -> row.judged().stream()).toList();
        if (all.isEmpty()) {
            return "–";
        }
        long notJudged = all.stream().filter(j -> j.verdict() == GoldenJudge.Verdict.NOT_JUDGED).count();
        long passed = all.stream().filter(j -> j.verdict() == GoldenJudge.Verdict.PASS).count();
        String judged = notJudged == all.size() ? "" : passed + "/" + (all.size() - notJudged);
        String rest = notJudged == 0 ? "" : notJudged + " not judged";
        return judged.isEmpty() ? rest : rest.isEmpty() ? judged : judged + ", " + rest;
    }
}
