package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The human-request rule alone, measured on a labelled set of pt-BR customer messages
 * ({@code replies/human-requests.csv}: half clear requests for a person, half mere mentions of one).
 */
class HumanRequestRuleAccuracyTests {

    private static final String SET = "/replies/human-requests.csv";

    private final HumanRequestRule rule = new HumanRequestRule();

    @Test
    void firesOnClearRequestsAndNotOnMentions() throws IOException {
        List<Labelled> set = labelledSet();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int requests = 0;
        int fired = 0;
        for (Labelled message : set) {
            boolean fires = rule.isHumanRequest(message.text());
            requests += message.request() ? 1 : 0;
            fired += fires ? 1 : 0;
            if (message.request() && !fires) {
                missed.add(message.describe());
            }
            if (!message.request() && fires) {
                falseAlarms.add(message.describe());
            }
        }
        int hits = requests - missed.size();
        double precision = fired == 0 ? 0 : (double) hits / fired;
        double recall = (double) hits / requests;
        String report = String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)%nrequests missed:%n%s%n"
                + "mentions taken for requests:%n%s", precision, hits, fired, recall, hits, requests,
                String.join("\n", missed), String.join("\n", falseAlarms));

        assertThat(requests).as("requests in the set").isGreaterThanOrEqualTo(100);
        assertThat(set.size() - requests).as("mentions in the set").isGreaterThanOrEqualTo(100);
        assertThat(precision).withFailMessage(report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).withFailMessage(report).isGreaterThanOrEqualTo(0.90);
    }

    private static List<Labelled> labelledSet() throws IOException {
        try (InputStream in = Objects.requireNonNull(HumanRequestRuleAccuracyTests.class.getResourceAsStream(SET));
                InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Labelled> set = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
                String label = row.get("label");
                assertThat(label).as(row.get("text")).isIn("request", "mention");
                set.add(new Labelled(row.get("text"), label.equals("request"), row.get("note")));
            }
            return set;
        }
    }

    private record Labelled(String text, boolean request, String note) {

        String describe() {
            return "  " + text + "  (" + note + ")";
        }
    }
}
