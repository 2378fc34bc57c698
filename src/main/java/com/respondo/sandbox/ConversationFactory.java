package com.respondo.sandbox;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * Invents customers and conversations for the generator, for benchmarks and for tests: new conversations nobody
 * answered, conversations waiting for the bot, and follow-up customer messages (now and then in a conversation just
 * closed: a rating when the farewell asked for one, else a new question that reopens it).
 */
final class ConversationFactory {

    private static final int[] CHANNELS = { Channels.WHATSAPP, Channels.WHATSAPP, Channels.SITE_CHAT, Channels.EMAIL };

    /** The share of generated messages written in the conversation an attendant closed last, if any. */
    private static final double AFTER_CLOSE_SHARE = 0.2;

    /** The share of follow-ups, in a conversation an attendant answered last, that say goodbye (Respondo closes). */
    private static final double FAREWELL_SHARE = 0.35;

    /** How Respondo's satisfaction question starts ("De 1 a 5, como foi o atendimento?"). */
    private static final String SATISFACTION_QUESTION = "De 1 a 5";

    private final AtomicInteger customers = new AtomicInteger();

    /** The generated conversations whose customer stays silent after the bot's answer. */
    private final Set<UUID> silent = ConcurrentHashMap.newKeySet();
    private final NewMessageFeed feed;

    /** A factory whose customers' messages go to {@code feed} as they are written. */
    ConversationFactory(NewMessageFeed feed) {
        this.feed = feed;
    }

    /** A new conversation, never started, with the given customer messages (one second apart, the last at {@code at}). */
    SeededConversation open(Company company, @Nullable String customerName, int plataforma, Instant at,
            List<String> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one customer message");
        }
        return open(company, customer(customerName), plataforma, at, messages);
    }

    /** A new conversation of the given customer, as {@link #open(Company, String, int, Instant, List)}. */
    SeededConversation open(Company company, Customer customer, int plataforma, Instant at, List<String> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one customer message");
        }
        Instant first = at.minusSeconds(messages.size() - 1L);
        Conversation conversation = company.open(customer, plataforma, null, first, UUID.randomUUID(),
                UUID.randomUUID(), null);
        Message last = null;
        for (int index = 0; index < messages.size(); index++) {
            last = customerWrites(company, conversation, messages.get(index), first.plusSeconds(index));
        }
        return seeded(company, conversation, last);
    }

    /**
     * {@code count} conversations waiting for an answer; owned by the bot (which greeted the customer a minute before
     * the question) or by nobody; the newest message, the customer's, is {@code age} old.
     */
    List<SeededConversation> waiting(Company company, int count, Duration age, boolean ownedByBot, Instant now) {
        List<SeededConversation> seeded = new ArrayList<>(count);
        UUID bot = company.profile().bot().id();
        String greeting = company.profile().canned().get(0).title();
        Instant asked = now.minus(age);
        for (int index = 0; index < count; index++) {
            int number = customers.incrementAndGet();
            Customer customer = customer(null, number);
            int plataforma = CHANNELS[number % CHANNELS.length];
            String question = Phrases.opening(company.profile(), number);
            if (!ownedByBot) {
                Conversation conversation = company.open(customer, plataforma, null, asked, UUID.randomUUID(),
                        UUID.randomUUID(), null);
                seeded.add(seeded(company, conversation, customerWrites(company, conversation, question, asked)));
                continue;
            }
            Instant opened = asked.minus(Duration.ofMinutes(2));
            Conversation conversation = company.open(customer, plataforma, null, opened, UUID.randomUUID(),
                    UUID.randomUUID(), null);
            company.append(conversation, null, "Olá", opened);
            conversation.start(bot, opened.plusSeconds(30));
            company.append(conversation, bot, greeting, asked.minus(Duration.ofMinutes(1)));
            seeded.add(seeded(company, conversation, customerWrites(company, conversation, question, asked)));
        }
        return seeded;
    }

    /**
     * The customer writes again; a closed conversation is reopened by it (as TempBox reopens a conversation its
     * customer writes in after the close), whoever owned it keeping it.
     */
    SeededConversation followUp(Company company, Conversation conversation, String text, Instant at) {
        Message message = customerWrites(company, conversation, text, at);
        company.reopen(conversation, at);
        return seeded(company, conversation, message);
    }

    /** An attendant writes in an open conversation without taking it. */
    SeededConversation attendantWrites(Company company, Conversation conversation, UUID attendant, String text,
            Instant at) {
        if (!conversation.open()) {
            throw new IllegalStateException("conversation " + conversation.id() + " is closed");
        }
        return seeded(company, conversation, company.append(conversation, attendant, text, at));
    }

    /**
     * The generator's next message: a new conversation (silent, its customer never writing again, with a chance of
     * {@code silentShare}), or a follow-up in a random open conversation whose customer is not silent (a farewell,
     * now and then, when an attendant answered last, so that conversations get closed).
     */
    SeededConversation generated(Company company, RandomGenerator random, double newShare, int maxOpen,
            double silentShare, Instant now) {
        boolean roomForMore = company.openConversations().size() < maxOpen;
        Optional<Conversation> talking = Optional.empty();
        if (!(roomForMore && random.nextDouble() < newShare)) {
            talking = company.randomOpen(random).filter(open -> !silent.contains(open.id()));
        }
        if (talking.isEmpty()) {
            int number = customers.incrementAndGet();
            int plataforma = CHANNELS[random.nextInt(CHANNELS.length)];
            Conversation conversation = company.open(customer(null, number), plataforma, null, now,
                    UUID.randomUUID(), UUID.randomUUID(), null);
            if (random.nextDouble() < silentShare) {
                silent.add(conversation.id());
            }
            String opening = Phrases.opening(company.profile(), random.nextInt(1000));
            return seeded(company, conversation, customerWrites(company, conversation, opening, now));
        }
        Optional<Conversation> closed = random.nextDouble() < AFTER_CLOSE_SHARE
                ? company.lastClosedByAnAttendant().filter(last -> !silent.contains(last.id()))
                : Optional.empty();
        if (closed.isPresent()) {
            return afterClose(company, closed.get(), random, now);
        }
        Message newest = talking.get().newest();
        boolean answered = newest != null && newest.fromAttendant();
        return followUp(company, talking.get(), answered && random.nextDouble() < FAREWELL_SHARE
                ? Phrases.farewell(random) : Phrases.followUp(random), now);
    }

    /**
     * The customer of a conversation an attendant closed writes again: a rating when the farewell asked the
     * satisfaction question, otherwise a new question, which reopens it.
     */
    private SeededConversation afterClose(Company company, Conversation conversation, RandomGenerator random,
            Instant now) {
        Message farewell = conversation.newest();
        boolean asked = farewell != null && farewell.text().contains(SATISFACTION_QUESTION);
        return followUp(company, conversation, asked ? Phrases.rating(random) : Phrases.afterClose(random), now);
    }

    /** The customer writes in the conversation; the stream of new messages carries it. */
    private Message customerWrites(Company company, Conversation conversation, String text, Instant at) {
        Message message = company.append(conversation, null, text, at);
        feed.published(company, conversation, message);
        return message;
    }

    private Customer customer(@Nullable String name) {
        return customer(name, customers.incrementAndGet());
    }

    private static Customer customer(@Nullable String name, int number) {
        String display = name != null ? name : Phrases.customerName(number);
        String phone = String.format("(11) 9%04d-%04d", (number / 10_000) % 10_000, number % 10_000);
        String plain = Normalizer.normalize(display, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String email = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + number + "@email.com.br";
        return new Customer(UUID.randomUUID(), UUID.randomUUID(), display, email, phone, Phrases.city(number));
    }

    private static SeededConversation seeded(Company company, Conversation conversation, @Nullable Message message) {
        if (message == null) {
            throw new IllegalStateException("no message");
        }
        return new SeededConversation(company.empresa(), conversation.id(), conversation.hash(), message.id(),
                message.cadastro());
    }
}
