package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;

/**
 * Tells when the bot goes round in circles: a text equal to the bot's previous message (compared folded: case,
 * accents, spacing and punctuation ignored), and bot answers that did not move the conversation, because the customer
 * answered one by repeating the question it answered (word sets at least {@value #SAME_QUESTION} alike, three words
 * or more) or by saying it did not help ("não entendi", "não foi isso que perguntei", "já falei"...; case, accents,
 * abbreviations such as "n", "vc" and one-letter typos do not matter). After {@value #NO_PROGRESS_LIMIT} such answers
 * in a row the conversation is handed off before any LLM call. Only answers of the bot count, back to the newest
 * message of anyone else (a human attendant's answer starts afresh).
 */
public final class ConversationLoop {

    /** The reason of a hand-off (or a canned message left to ai-reply) whose text would repeat the bot's. */
    public static final String REPEAT = "loop:repeat";

    /** The reason of a hand-off after bot answers that did not move the conversation. */
    public static final String NO_PROGRESS = "loop:no-progress";

    static final int NO_PROGRESS_LIMIT = 2;
    static final double SAME_QUESTION = 0.8;
    private static final int MIN_QUESTION_WORDS = 3;
    private static final int FUZZY_FROM = 5;
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:\\n]+");
    private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("n", "nao"),
            Map.entry("naum", "nao"), Map.entry("nau", "nao"), Map.entry("vc", "voce"), Map.entry("vcs", "voces"),
            Map.entry("q", "que"), Map.entry("oq", "o que"), Map.entry("eh", "e"), Map.entry("msm", "mesma"),
            Map.entry("p", "para"), Map.entry("pra", "para"), Map.entry("pro", "para o"));
    private static final Set<String> DROPPED = Set.of("eu", "que", "o", "a");
    private static final List<List<String>> NOT_HELPED = phrases("nao entendi", "nao compreendi",
            "nao foi isso perguntei", "nao e isso perguntei", "nao era isso perguntei", "nao foi isso pedi",
            "nao ajudou", "nao me ajudou", "nao resolveu", "voce nao entendeu", "nao me entendeu",
            "voce nao respondeu", "nao respondeu minha pergunta", "de novo isso", "isso de novo", "mesma resposta",
            "ja falei", "ja disse", "ja perguntei", "ja expliquei", "nao faz sentido");

    /**
     * Whether the text, folded, equals the bot's newest message in the conversation: sent now, the customer would
     * read the same thing twice in a row.
     */
    boolean repeatsBot(Conversation conversation, String botAttendantId, String text) {
        List<Message> messages = conversation.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).writtenBy(botAttendantId)) {
                return same(messages.get(i).text(), text);
            }
        }
        return false;
    }

    /**
     * The reason to hand off, when the bot's last {@value #NO_PROGRESS_LIMIT} answers in a row each drew a repeated
     * question or a "did not help" from the customer; empty otherwise.
     */
    Optional<String> noProgress(Conversation conversation, String botAttendantId) {
        int unhelpful = 0;
        List<Exchange> exchanges = exchanges(conversation, botAttendantId);
        for (int i = exchanges.size() - 1; i > 0 && unhelpful < NO_PROGRESS_LIMIT; i--) {
            if (!exchanges.get(i).afterBot() || !didNotHelp(exchanges.get(i).customer(), question(exchanges, i))) {
                break;
            }
            unhelpful++;
        }
        return unhelpful >= NO_PROGRESS_LIMIT
                ? Optional.of(NO_PROGRESS + ": " + unhelpful + " bot answers in a row did not move the conversation")
                : Optional.empty();
    }

    /** Whether the customer's message says the answer before it did not help. */
    boolean saysItDidNotHelp(String text) {
        for (String clause : CLAUSE_END.split(text.length() > Words.MAX_READ
                ? UntrustedText.truncate(text, Words.MAX_READ, "") : text)) {
            List<String> words = spoken(clause);
            if (NOT_HELPED.stream().anyMatch(phrase -> contains(words, phrase))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message asks the question again: at least three words, word sets alike. */
    boolean repeatsQuestion(String message, String question) {
        Set<String> asked = stems(question);
        Set<String> again = stems(message);
        if (asked.size() < MIN_QUESTION_WORDS || again.size() < MIN_QUESTION_WORDS) {
            return false;
        }
        Set<String> both = new HashSet<>(asked);
        both.retainAll(again);
        Set<String> either = new HashSet<>(asked);
        either.addAll(again);
        return (double) both.size() / either.size() >= SAME_QUESTION;
    }

    private static boolean same(String a, String b) {
        String foldedA = UntrustedText.fold(a);
        return a.strip().equals(b.strip()) || !foldedA.isEmpty() && foldedA.equals(UntrustedText.fold(b));
    }

    private boolean didNotHelp(List<String> reaction, List<String> question) {
        return reaction.stream().anyMatch(message -> saysItDidNotHelp(message)
                || question.stream().anyMatch(asked -> repeatsQuestion(message, asked)));
    }

    /** The customer's messages the answer before exchange {@code i} answered: the newest that did not complain. */
    private List<String> question(List<Exchange> exchanges, int i) {
        for (int j = i - 1; j >= 0; j--) {
            List<String> customer = exchanges.get(j).customer();
            if (customer.stream().noneMatch(this::saysItDidNotHelp)) {
                return customer;
            }
        }
        return List.of();
    }

    /**
     * The customer's bursts since the newest message of anyone but the bot and the customer, oldest first, each
     * marked with whether a bot answer came before it.
     */
    private static List<Exchange> exchanges(Conversation conversation, String botAttendantId) {
        List<Exchange> exchanges = new ArrayList<>();
        List<String> burst = new ArrayList<>();
        boolean afterBot = false;
        for (Message message : conversation.messages()) {
            if (message.fromCustomer()) {
                burst.add(message.text());
                continue;
            }
            exchanges.add(new Exchange(afterBot, List.copyOf(burst)));
            burst.clear();
            if (!message.writtenBy(botAttendantId)) {
                exchanges.clear();
            }
            afterBot = message.writtenBy(botAttendantId);
        }
        exchanges.add(new Exchange(afterBot, List.copyOf(burst)));
        return exchanges;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            int k = 0;
            while (k < phrase.size() && alike(words.get(start + k), phrase.get(k))) {
                k++;
            }
            if (k == phrase.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean alike(String word, String expected) {
        return word.equals(expected) || expected.length() >= FUZZY_FROM && Typos.withinOne(word, expected);
    }

    /** The folded, squeezed words with abbreviations spelled out and filler words left out. */
    private static List<String> spoken(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Words.of(text)) {
            String squeezed = Words.squeeze(word);
            for (String spelled : SPELLINGS.getOrDefault(squeezed, squeezed).split(" ")) {
                if (!DROPPED.contains(spelled)) {
                    words.add(spelled);
                }
            }
        }
        return words;
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : spoken(text)) {
            stems.add(Words.stem(word));
        }
        return stems;
    }

    private static List<List<String>> phrases(String... phrases) {
        return List.of(phrases).stream().map(ConversationLoop::spoken).toList();
    }

    /**
     * The customer's messages between two attendant messages.
     *
     * @param afterBot whether the bot wrote the message before them
     * @param customer their texts, oldest first
     */
    private record Exchange(boolean afterBot, List<String> customer) {
    }
}
