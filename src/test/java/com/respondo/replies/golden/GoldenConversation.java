package com.respondo.replies.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;

/**
 * One golden conversation of {@code src/test/resources/golden/*.yml}: a tenant's conversation at a given instant, the
 * customer's turn last, and what Respondo's decision on that turn must satisfy. A file holds one category; its
 * {@code tenant}, {@code at} and {@code customer} are the defaults of its conversations. Messages are a minute apart,
 * the newest one a minute before {@code at}.
 *
 * <pre>
 * category: knowledge
 * tenant: loja-aurora
 * at: 2026-12-08T14:00:00-03:00
 * conversations:
 *   - name: prazo-curitiba
 *     owner: bot                        # nobody (default), bot or human
 *     messages:
 *       - customer: Oi
 *       - bot: Olá! Como posso ajudar?
 *       - customer: Qual o prazo de entrega para Curitiba?
 *     expect:
 *       action: [SEND_REPLY, SEND_CANNED]   # the last step's action, one of; NONE when no step acts
 *       contains: ["dias úteis"]           # every one, in the texts sent (case and accents ignored)
 *       containsAny: ["2 a 5", "5 a 10"]   # at least one
 *       forbids: ["http"]                   # none
 *       source: prazos-de-entrega           # a cited passage of this document
 *       language: pt-BR                     # default
 *       maxLength: 700                      # characters per text, default 1000
 *       judge:                              # free-text criteria for the LLM-as-judge (-Deval.judge-model)
 *         - the answer says where the information comes from
 *     evalOnly: false                       # true: only meaningful for a real model, skipped by ./mvnw verify
 * </pre>
 */
record GoldenConversation(String file, String category, String name, String tenant, Instant at,
        @Nullable String customer, @Nullable String owner, List<Turn> messages, Expect expect, boolean evalOnly) {

    /** Who wrote a message: the customer, the tenant's bot or a human attendant. */
    enum Author {
        CUSTOMER, BOT, HUMAN
    }

    record Turn(Author author, String text) {
    }

    /**
     * What the decision must satisfy.
     *
     * @param actions the acceptable kinds of the last step's action ({@code NONE}: no step acts)
     * @param contains phrases every text sent, together, must contain
     * @param containsAny phrases of which the texts sent must contain one (empty: no such check)
     * @param forbids phrases no text sent may contain
     * @param source the document (or passage id) a cited source must come from, or null for no check
     * @param language the language of the texts sent, or null for no check
     * @param maxLength the most characters a text sent may have
     * @param judge free-text criteria the LLM-as-judge checks, when one is configured ({@link GoldenJudge})
     */
    record Expect(List<String> actions, List<String> contains, List<String> containsAny, List<String> forbids,
            @Nullable String source, @Nullable String language, int maxLength, List<String> judge) {
    }

    /** The human attendant of the golden conversations (an id that is not the bot's). */
    static final String HUMAN_ID = "0f1e2d3c-4b5a-4969-8877-665544332211";

    /** The conversation as TempBox would give it, the bot being {@code botId}. */
    Conversation conversation(String botId) {
        List<Message> read = new ArrayList<>();
        int count = messages.size();
        for (int i = 0; i < count; i++) {
            Turn turn = messages.get(i);
            Instant when = at.minus(Duration.ofMinutes(count - i));
            String id = id() + "-m" + (i + 1);
            read.add(switch (turn.author()) {
                case CUSTOMER -> Message.fromCustomer(id, customer == null ? "" : customer, turn.text(), when);
                case BOT -> Message.fromAttendant(id, botId, "Assistente Virtual", turn.text(), when);
                case HUMAN -> Message.fromAttendant(id, HUMAN_ID, "Atendente", turn.text(), when);
            });
        }
        String ownerId = switch (owner == null ? "nobody" : owner) {
            case "bot" -> botId;
            case "human" -> HUMAN_ID;
            default -> null;
        };
        return new Conversation(tenant, id(), id() + "-hash", ownerId, false, 1, customer, read);
    }

    /** The conversation's id: its file and name, unique over the set. */
    String id() {
        return "golden-" + file.replace(".yml", "") + "-" + name;
    }

    /** Every golden conversation of the directory's {@code *.yml} files, in file then document order. */
    static List<GoldenConversation> load(Path directory) {
        List<GoldenConversation> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.yml")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                try (InputStream in = Files.newInputStream(file)) {
                    all.addAll(parse(file.getFileName().toString(), new Yaml(new SafeConstructor(new LoaderOptions()))
                        .load(in)));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<GoldenConversation> parse(String file, Map<String, Object> document) {
        String category = text(document, "category", file);
        String tenant = text(document, "tenant", file);
        Instant at = instant(document.get("at"), file);
        String customer = (String) document.get("customer");
        List<GoldenConversation> parsed = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) document.get("conversations")) {
            String name = text(c, "name", file);
            List<Turn> turns = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) c.get("messages")) {
                Map.Entry<String, Object> only = m.entrySet().iterator().next();
                turns.add(new Turn(Author.valueOf(only.getKey().toUpperCase()), String.valueOf(only.getValue())));
            }
            Map<String, Object> e = (Map<String, Object>) c.get("expect");
            if (e == null) {
                throw new IllegalArgumentException(file + ": " + name + " has no expect");
            }
            Expect expect = new Expect(list(e.get("action")), list(e.get("contains")), list(e.get("containsAny")),
                    list(e.get("forbids")), (String) e.get("source"),
                    e.containsKey("language") ? (String) e.get("language") : "pt-BR",
                    e.containsKey("maxLength") ? ((Number) e.get("maxLength")).intValue() : 1000,
                    list(e.get("judge")));
            if (expect.actions().isEmpty()) {
                throw new IllegalArgumentException(file + ": " + name + " expects no action");
            }
            parsed.add(new GoldenConversation(file, category, name,
                    c.containsKey("tenant") ? (String) c.get("tenant") : tenant,
                    c.containsKey("at") ? instant(c.get("at"), file) : at,
                    c.containsKey("customer") ? (String) c.get("customer") : customer, (String) c.get("owner"),
                    turns, expect, Boolean.TRUE.equals(c.get("evalOnly"))));
        }
        return parsed;
    }

    private static String text(Map<String, Object> map, String key, String file) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException(file + ": '" + key + "' missing");
        }
        return value.toString();
    }

    private static Instant instant(@Nullable Object value, String file) {
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (value == null) {
            throw new IllegalArgumentException(file + ": 'at' missing");
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    private static List<String> list(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
