package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.respondo.conversation.Message;

/**
 * Time to first answer: from the customer's first message to the first message after it from anyone else (the bot or
 * a person).
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    /** The customer's first message, if any. */
    public static Optional<Message> firstCustomerMessage(ConversationHistory history) {
        return history.customerMessages().stream().findFirst();
    }

    /** The time to first answer; empty when the customer never wrote or was never answered. */
    public static Optional<Duration> of(ConversationHistory history) {
        Optional<Message> first = firstCustomerMessage(history);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Message> messages = history.messages();
        return messages.stream()
            .filter(message -> !message.fromCustomer() && !message.at().isBefore(first.get().at()))
            .findFirst()
            .map(answer -> Duration.between(first.get().at(), answer.at()));
    }

    /** The median of the durations (the mean of the two middle ones for an even count); empty for none. */
    public static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
