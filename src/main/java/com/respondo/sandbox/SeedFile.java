package com.respondo.sandbox;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The shape of {@code sandbox/seed.json}: the demo companies, their attendants, canned messages and conversations. */
record SeedFile(List<SeedCompany> companies) {

    record SeedCompany(String id, UUID empresa, String name, String token, List<SeedAttendant> attendants,
            List<SeedCanned> canned, List<SeedConversation> conversations) {
    }

    record SeedAttendant(String key, UUID id, String name, boolean human, List<String> teams,
            @Nullable SeedAgenda agenda) {
    }

    record SeedAgenda(List<Integer> weekdays, List<String> hours) {
    }

    record SeedCanned(String title, @Nullable Integer plataforma, @Nullable List<String> keywords) {
    }

    /**
     * A seeded conversation; {@code owner} is an attendant key (null: nobody, never started), and the messages are
     * written {@code minutesAgo} before start-up, by the customer or by the attendant with that key.
     */
    record SeedConversation(SeedCustomer customer, int plataforma, @Nullable String titulo, @Nullable String owner,
            boolean closed, List<SeedMessage> messages) {
    }

    record SeedCustomer(String name, @Nullable String email, @Nullable String phone, @Nullable String city) {
    }

    record SeedMessage(String from, int minutesAgo, String text) {
    }
}
