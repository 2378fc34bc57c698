package com.respondo.outcomes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;

/**
 * The optional satisfaction question: when the tenant asks it, the bot's farewell ends with
 * {@value #QUESTION}, and the customer's next message, when it is a rating from 1 to 5 ("4", "nota 5", "3/5",
 * "cinco", "5 estrelas"), is that rating: recorded, never answered as a new question, and counted as CSAT. Plain
 * Java: the reply steps and the outcomes read the same definition.
 */
public final class SatisfactionSurvey {

    /** The question, in pt-BR, after the farewell. */
    public static final String QUESTION = "De 1 a 5, como foi o atendimento?";

    private static final String FOLDED_QUESTION = UntrustedText.fold(QUESTION);

    private static final Map<String, Integer> WORDS = Map.of("um", 1, "uma", 1, "dois", 2, "duas", 2, "tres", 3,
            "quatro", 4, "cinco", 5);

    /** A rating in folded text (punctuation and emoji already gone: "3/5" is "3 5", "Nota: 5!" is "nota 5"). */
    private static final Pattern RATING = Pattern.compile(
            "^(?:(?:minha )?nota )?([1-5]|um|uma|dois|duas|tres|quatro|cinco)(?: (?:de )?5| estrelas?| pontos?)?$");

    private final Set<String> tenants;

    /** A survey asked in the conversations of the given tenants (none: asked nowhere). */
    public SatisfactionSurvey(Collection<String> askingTenants) {
        this.tenants = Set.copyOf(askingTenants);
    }

    /** Whether the tenant's bot asks the question after its farewell. */
    public boolean asks(String tenantId) {
        return tenants.contains(tenantId);
    }

    /** The farewell followed by the question (unchanged when it already asks it). */
    public static String withQuestion(String farewell) {
        return asksTheQuestion(farewell) ? farewell : farewell.strip() + "\n\n" + QUESTION;
    }

    /** Whether a text asks the question (case, accents and spacing aside). */
    public static boolean asksTheQuestion(String text) {
        return UntrustedText.fold(text).contains(FOLDED_QUESTION);
    }

    /**
     * The rating a customer's text gives, if it is one: a number from 1 to 5, written or in digits, with nothing
     * else but "nota", "/5", "de 5", "estrelas", punctuation or emoji.
     */
    public static Optional<Integer> score(String text) {
        Matcher matcher = RATING.matcher(UntrustedText.fold(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String value = matcher.group(1);
        return Optional.of(WORDS.getOrDefault(value, value.length() == 1 && Character.isDigit(value.charAt(0))
                ? value.charAt(0) - '0' : 0)).filter(score -> score > 0);
    }

    /**
     * Every rating in a conversation, oldest first: each customer message that comes right after an attendant's
     * message asking the question and that is a {@link #score(String) rating}.
     *
     * @param messages the conversation's messages, oldest first
     */
    public static List<Rating> ratings(List<Message> messages) {
        List<Rating> ratings = new ArrayList<>();
        for (int i = 1; i < messages.size(); i++) {
            Message previous = messages.get(i - 1);
            Message message = messages.get(i);
            if (message.fromCustomer() && !previous.fromCustomer() && asksTheQuestion(previous.text())) {
                score(message.text()).ifPresent(score -> ratings.add(new Rating(message, score)));
            }
        }
        return ratings;
    }

    /**
     * The rating waiting in a conversation: its newest message is a customer's rating right after the question (the
     * reply steps record it and do not answer it); empty otherwise.
     */
    public static Optional<Rating> waitingRating(List<Message> messages) {
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        List<Rating> ratings = ratings(messages);
        Message newest = messages.get(messages.size() - 1);
        return ratings.isEmpty() || !ratings.get(ratings.size() - 1).message().id().equals(newest.id())
                ? Optional.empty() : Optional.of(ratings.get(ratings.size() - 1));
    }

    /**
     * A customer's answer to the question.
     *
     * @param message the customer's message
     * @param score its rating, 1 to 5
     */
    public record Rating(Message message, int score) {
    }
}
