package com.respondo.replies.golden;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.respondo.replies.PreviewedStep;
import com.respondo.replies.policy.Languages;

/**
 * Checks Respondo's decision on a golden conversation against its expectations: the last step's action, the phrases
 * required and forbidden in the texts sent (case and accents ignored), the cited source, the language and the length.
 */
final class GoldenVerdict {

    static final String NONE = "NONE";

    private GoldenVerdict() {
    }

    /** The expectations the decision misses, each in one line; empty when it satisfies them all. */
    static List<String> failures(GoldenConversation.Expect expect, List<PreviewedStep> steps) {
        List<String> failures = new ArrayList<>();
        String action = steps.isEmpty() ? NONE : steps.get(steps.size() - 1).action();
        if (!expect.actions().contains(action)) {
            failures.add("action " + action + ", expected one of " + expect.actions());
        }
        List<String> texts = steps.stream().flatMap(step -> step.texts().stream()).toList();
        String sent = fold(String.join("\n", texts));
        for (String phrase : expect.contains()) {
            if (!sent.contains(fold(phrase))) {
                failures.add("missing \"" + phrase + "\"");
            }
        }
        if (!expect.containsAny().isEmpty()
                && expect.containsAny().stream().noneMatch(phrase -> sent.contains(fold(phrase)))) {
            failures.add("none of " + expect.containsAny());
        }
        for (String phrase : expect.forbids()) {
            if (sent.contains(fold(phrase))) {
                failures.add("forbidden \"" + phrase + "\"");
            }
        }
        if (expect.source() != null) {
            List<String> cited = steps.stream().flatMap(step -> step.sources().stream()).toList();
            if (cited.stream().noneMatch(id -> id.startsWith(expect.source()))) {
                failures.add("no source from " + expect.source() + " cited (cited " + cited + ")");
            }
        }
        for (String text : texts) {
            if (text.length() > expect.maxLength()) {
                failures.add("text of " + text.length() + " characters, at most " + expect.maxLength());
            }
            Optional<String> language = Languages.of(text);
            if (expect.language() != null && language.isPresent() && !language.get().equals(expect.language())) {
                failures.add("text in " + language.get() + ", expected " + expect.language());
            }
        }
        return failures;
    }

    /** What the decision was, in one line: each step's action and its text. */
    static String describe(List<PreviewedStep> steps) {
        if (steps.isEmpty()) {
            return NONE;
        }
        List<String> parts = new ArrayList<>();
        for (PreviewedStep step : steps) {
            parts.add(step.step() + ":" + step.action() + step.text().map(text -> " \"" + text + "\"").orElse("")
                    + (step.sources().isEmpty() ? "" : " " + step.sources()) + " (" + step.reason() + ")");
        }
        return String.join(" → ", parts);
    }

    /** Lower case, without accents, spaces collapsed. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
