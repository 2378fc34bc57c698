package com.respondo.datacollection.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.respondo.datacollection.policy.CustomerData;
import com.respondo.datacollection.policy.LastReadMessage;

/**
 * What collecting one conversation produced: where its progress moves, and the customer data to store when the new
 * customer messages held any.
 *
 * @param candidate the conversation as the reader found it (with the progress it had)
 * @param upTo the newest message read: the conversation's new progress
 * @param data the validated customer data, null when there was nothing new or nothing valid in it
 */
record CollectionOutcome(Candidate candidate, LastReadMessage upTo, @Nullable CustomerData data) {

    CollectionOutcome {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(upTo, "upTo");
    }

    /** The names of the fields collected, for log lines that must not show the values. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (data == null) {
            return names;
        }
        add(names, "name", data.name());
        add(names, "email", data.email());
        add(names, "phone", data.phone());
        add(names, "cpf", data.cpf());
        add(names, "cnpj", data.cnpj());
        add(names, "cep", data.cep());
        add(names, "intent", data.intent());
        add(names, "urgency", data.urgency());
        add(names, "sentiment", data.sentiment());
        add(names, "summary", data.summary());
        return names;
    }

    private static void add(List<String> names, String name, @Nullable Object value) {
        if (value != null) {
            names.add(name);
        }
    }
}
