package com.respondo.replies.policy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.respondo.conversation.UntrustedText;

/**
 * The citation check of an AI reply given knowledge sources: it may cite only the ids its prompt gave, and it may not
 * state facts (numbers, prices, percentages, deadlines, dates) without citing one when the sources did support an
 * answer. A prompt that gave no source (a tenant without documents) is not checked: the company context and the
 * canned messages answer as before.
 */
final class SourceCheck {

    /** A digit, a price or a percentage, in the text as written. */
    private static final Pattern FIGURES = Pattern.compile("\\d|R\\$|%");

    /** A number written out with what it counts ("sete dias", "trinta por cento"), in the folded text. */
    private static final Pattern WRITTEN_FIGURES = Pattern.compile("\\b(um|uma|dois|duas|tres|quatro|cinco|seis|sete"
            + "|oito|nove|dez|doze|quinze|vinte|trinta|quarenta|sessenta|noventa|cem|mil)"
            + " (dia|dias|hora|horas|semana|semanas|mes|meses|ano|anos|reais|real|por cento|vezes"
            + "|parcela|parcelas)\\b");

    private SourceCheck() {
    }

    /** The problem with a reply citing {@code cited} under the sources given, or empty when there is none. */
    static Optional<String> problemWith(KnowledgeSources given, List<String> cited, String message) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> unknown = cited.stream().filter(id -> !given.ids().contains(id)).findFirst();
        if (unknown.isPresent()) {
            return Optional.of(GuardFailure.UNKNOWN_SOURCE.because("cites "
                    + UntrustedText.truncate(UntrustedText.oneLine(unknown.get()), 80, "…") + ", not among the "
                    + given.passages().size() + " sources given"));
        }
        if (cited.isEmpty() && statesFacts(message)) {
            return Optional.of(GuardFailure.NO_SOURCE.because(
                    "states figures with no source while the sources support an answer"));
        }
        return Optional.empty();
    }

    /** Whether the text states a figure: a digit, a price, a percentage, or a number written out with its unit. */
    static boolean statesFacts(String text) {
        return FIGURES.matcher(text).find() || WRITTEN_FIGURES.matcher(UntrustedText.fold(text)).find();
    }
}
