package com.respondo.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the demo companies from {@code sandbox/seed.json} and fills a state with their conversations. Ids are
 * derived from names: the companies, attendants and canned messages keep theirs across restarts; the conversations
 * (with their customers and messages) get new ones at each seeding, so that a reply ledger kept across restarts never
 * takes them for conversations it answered before, unless fixed ids are asked for (tests address them by name).
 */
final class Seeder {

    static final String RESOURCE = "sandbox/seed.json";

    private final SeedFile seed;

    private final boolean fixedIds;

    private Seeder(SeedFile seed, boolean fixedIds) {
        this.seed = seed;
        this.fixedIds = fixedIds;
    }

    static Seeder fromClasspath(JsonMapper json, boolean fixedIds) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new Seeder(json.readValue(in, SeedFile.class), fixedIds);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the sandbox seed " + RESOURCE, ex);
        }
    }

    List<CompanyProfile> profiles() {
        return seed.companies().stream().map(Seeder::profile).toList();
    }

    /**
     * Adds the seeded conversations, their message times counted back from now; their ids are named
     * {@code <company>/conversation/<n>...}, within a new generation of names unless ids are fixed.
     */
    void seedConversations(SandboxState state) {
        Instant now = state.now();
        String generation = fixedIds ? "" : "generation/" + UUID.randomUUID() + "/";
        for (SeedFile.SeedCompany seedCompany : seed.companies()) {
            Company company = state.company(seedCompany.empresa());
            List<SeedFile.SeedConversation> conversations = seedCompany.conversations();
            for (int index = 0; index < conversations.size(); index++) {
                String prefix = generation + seedCompany.id() + "/conversation/" + (index + 1);
                seedConversation(company, seedCompany, prefix, conversations.get(index), now);
            }
        }
    }

    private static void seedConversation(Company company, SeedFile.SeedCompany seedCompany, String prefix,
            SeedFile.SeedConversation seeded, Instant now) {
        SeedFile.SeedCustomer c = seeded.customer();
        Customer customer = new Customer(id(prefix + "/customer"), id(prefix + "/customer-hash"), c.name(), c.email(),
                c.phone(), c.city());
        List<SeedFile.SeedMessage> messages = seeded.messages();
        Instant first = now.minus(Duration.ofMinutes(messages.get(0).minutesAgo()));
        Conversation conversation = company.open(customer, seeded.plataforma(), seeded.titulo(), first, id(prefix),
                id(prefix + "/hash"), null);
        @Nullable UUID owner = seeded.owner() == null ? null : attendant(seedCompany, seeded.owner());
        if (owner != null) {
            conversation.start(owner, first.plusSeconds(30));
        }
        for (int number = 0; number < messages.size(); number++) {
            SeedFile.SeedMessage message = messages.get(number);
            @Nullable UUID author = "customer".equals(message.from()) ? null : attendant(seedCompany, message.from());
            company.append(conversation, author, message.text(), now.minus(Duration.ofMinutes(message.minutesAgo())),
                    id(prefix + "/message/" + (number + 1)), id(prefix + "/message-hash/" + (number + 1)));
        }
        if (seeded.closed()) {
            Instant last = now.minus(Duration.ofMinutes(messages.get(messages.size() - 1).minutesAgo()));
            company.close(conversation, owner, last.plus(Duration.ofMinutes(1)));
        }
    }

    private static CompanyProfile profile(SeedFile.SeedCompany company) {
        List<Attendant> attendants = company.attendants().stream().map(Seeder::attendant).toList();
        List<SeedFile.SeedCanned> seededCanned = company.canned();
        List<CannedMessage> canned = IntStream.range(0, seededCanned.size())
            .mapToObj(index -> canned(company.id(), index, seededCanned.get(index)))
            .toList();
        return new CompanyProfile(company.id(), company.empresa(), company.name(), company.token(), attendants, canned);
    }

    private static Attendant attendant(SeedFile.SeedAttendant seeded) {
        SeedFile.SeedAgenda agenda = seeded.agenda();
        Attendant.Agenda weekly = agenda == null ? null
                : new Attendant.Agenda(new HashSet<>(agenda.weekdays()),
                        agenda.hours().stream().map(LocalTime::parse).toList());
        return new Attendant(seeded.id(), seeded.key(), seeded.name(), seeded.human(), seeded.teams(), weekly);
    }

    private static CannedMessage canned(String companyId, int index, SeedFile.SeedCanned seeded) {
        String prefix = companyId + "/canned/" + (index + 1);
        Integer plataforma = seeded.plataforma();
        List<String> keywords = seeded.keywords() == null ? List.of() : new ArrayList<>(seeded.keywords());
        return new CannedMessage(id(prefix), id(prefix + "/hash"), plataforma == null ? 0 : plataforma,
                seeded.title(), index + 1, keywords);
    }

    private static UUID attendant(SeedFile.SeedCompany company, String key) {
        return company.attendants().stream()
            .filter(attendant -> attendant.key().equals(key))
            .map(SeedFile.SeedAttendant::id)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("seed: unknown attendant '" + key + "' in " + company.id()));
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("respondo-sandbox/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
