package com.respondo.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The live state of one sandbox company: its conversations, indexed by id, Hash and message id, the open ones ordered
 * by Autonumeracao, and its occurrences. Lock-free maps; each conversation guards its own state.
 */
final class Company {

    private static final int OCCURRENCE_CAPACITY = 1000;

    private final CompanyProfile profile;
    private final Numbering numbering;
    private final Map<UUID, Conversation> byId = new ConcurrentHashMap<>();
    private final Map<UUID, Conversation> byHash = new ConcurrentHashMap<>();
    private final Map<UUID, Conversation> byMessage = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Integer, Conversation> open = new ConcurrentSkipListMap<>();
    private final AtomicInteger numberInCompany = new AtomicInteger();
    private final Deque<Occurrence> occurrences = new ArrayDeque<>();

    Company(CompanyProfile profile, Numbering numbering) {
        this.profile = profile;
        this.numbering = numbering;
    }

    CompanyProfile profile() {
        return profile;
    }

    UUID empresa() {
        return profile.empresa();
    }

    Conversation open(Customer customer, int plataforma, @Nullable String titulo, Instant cadastro, UUID id, UUID hash,
            @Nullable UUID createdBy) {
        Conversation conversation = new Conversation(id, hash, numbering.nextConversation(),
                numberInCompany.incrementAndGet(), profile.empresa(), customer, plataforma, titulo, cadastro, createdBy);
        if (byId.putIfAbsent(id, conversation) != null) {
            throw new OperationException("Atendimento já existe: " + id);
        }
        byHash.put(hash, conversation);
        open.put(conversation.autonumeracao(), conversation);
        return conversation;
    }

    Message append(Conversation conversation, @Nullable UUID attendant, String text, Instant at) {
        return append(conversation, attendant, text, at, UUID.randomUUID(), UUID.randomUUID());
    }

    /** Adds a message; an attendant's message to a closed conversation is refused. */
    Message append(Conversation conversation, @Nullable UUID attendant, String text, Instant at, UUID id, UUID hash) {
        String author = attendant == null ? conversation.customer().name() : attendantName(attendant);
        Message message = new Message(id, hash, numbering.nextMessage(), attendant, author, text, at);
        synchronized (conversation) {
            if (!conversation.open() && attendant != null) {
                throw new OperationException("Atendimento concluído: não aceita novas mensagens");
            }
            conversation.append(message);
        }
        byMessage.put(id, conversation);
        return message;
    }

    void close(Conversation conversation, @Nullable UUID by, Instant now) {
        synchronized (conversation) {
            conversation.close(by, now);
            open.remove(conversation.autonumeracao());
        }
    }

    void reopen(Conversation conversation, Instant now) {
        synchronized (conversation) {
            if (!conversation.open() && byId.containsKey(conversation.id())) {
                conversation.reopen(now);
                open.put(conversation.autonumeracao(), conversation);
            }
        }
    }

    void delete(Conversation conversation) {
        synchronized (conversation) {
            byId.remove(conversation.id());
            byHash.remove(conversation.hash());
            open.remove(conversation.autonumeracao());
            conversation.messages().forEach(message -> byMessage.remove(message.id()));
        }
    }

    Optional<Conversation> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Conversation> byHash(UUID hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    Optional<Conversation> byMessage(UUID message) {
        return Optional.ofNullable(byMessage.get(message));
    }

    /** The open conversations in Autonumeracao order (a live, weakly consistent view). */
    Collection<Conversation> openConversations() {
        return open.values();
    }

    /** All conversations, open and closed, in Autonumeracao order (a copy). */
    List<Conversation> allConversations() {
        return byId.values().stream().sorted(Comparator.comparingInt(Conversation::autonumeracao)).toList();
    }

    int conversationCount() {
        return byId.size();
    }

    /**
     * The most recently changed closed conversation whose newest message is an attendant's (a farewell no customer
     * wrote after); empty when there is none.
     */
    Optional<Conversation> lastClosedByAnAttendant() {
        return byId.values()
            .stream()
            .filter(conversation -> !conversation.open())
            .map(Conversation::view)
            .filter(view -> view.newest() != null && view.newest().fromAttendant())
            .max(Comparator.comparing(ConversationView::alteracao))
            .flatMap(view -> byId(view.id()));
    }

    /** A random open conversation, found in logarithmic time; empty when none is open. */
    Optional<Conversation> randomOpen(RandomGenerator random) {
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int first = open.firstKey();
        int last = open.lastKey();
        Map.Entry<Integer, Conversation> entry = open.ceilingEntry(first + random.nextInt(last - first + 1));
        return Optional.ofNullable(entry != null ? entry.getValue() : open.firstEntry().getValue());
    }

    String attendantName(UUID attendant) {
        return profile.attendant(attendant).map(Attendant::name).orElse("Atendente");
    }

    Occurrence occur(String nome, String mensagem, @Nullable UUID referente, Instant now) {
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), numbering.nextOccurrence(), now, nome, mensagem,
                referente, 1, "Automação");
        synchronized (occurrences) {
            occurrences.addLast(occurrence);
            if (occurrences.size() > OCCURRENCE_CAPACITY) {
                occurrences.removeFirst();
            }
        }
        return occurrence;
    }

    List<Occurrence> occurrences() {
        synchronized (occurrences) {
            return List.copyOf(occurrences);
        }
    }
}
