package com.respondo.replies.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.replies.PreviewedStep;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional LLM-as-judge of the golden conversations: each free-text criterion of a conversation ({@code judge:}
 * under {@code expect}) is asked of an OpenAI-compatible judge model with {@code judge-prompt.st}, which answers
 * pass or fail. Without a judge model ({@code -Deval.judge-model} blank, as in {@code ./mvnw verify}) every criterion
 * is listed as not judged, never counted as passed.
 */
final class GoldenJudge {

    /** A criterion's verdict. */
    enum Verdict {
        PASS, FAIL, NOT_JUDGED
    }

    /**
     * One criterion judged.
     *
     * @param criterion the criterion, as the golden file writes it
     * @param verdict the judge's verdict
     * @param reason the judge's reason (or why it was not judged)
     */
    record Judgement(String criterion, Verdict verdict, String reason) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(criterion|conversation|decision|answer)}");

    private static final Pattern SECTION = Pattern.compile("(?m)^=== (system|user) ===$");

    private final @Nullable URI completions;

    private final String model;

    private final String apiKey;

    private final String system;

    private final String user;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final JsonMapper json = JsonMapper.builder().build();

    private GoldenJudge(@Nullable String baseUrl, String model, String apiKey, Path prompt) {
        this.completions = baseUrl == null ? null : URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
        String text;
        try {
            text = Files.readString(prompt);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String[] parts = SECTION.split(text.replaceFirst("(?s)\\A\\s*\\{!.*?!}\\s*", ""));
        if (parts.length != 3) {
            throw new IllegalStateException(prompt + " must have a '=== system ===' then a '=== user ===' section");
        }
        this.system = parts[1].strip();
        this.user = parts[2].strip();
    }

    /**
     * The judge of {@code -Deval.judge-model} at {@code -Deval.judge-base-url} (default {@code -Deval.base-url}) with
     * {@code -Deval.judge-api-key}; one that judges nothing when no judge model is given.
     */
    static GoldenJudge fromSystemProperties(Path prompt) {
        String model = System.getProperty("eval.judge-model", "").strip();
        String baseUrl = System.getProperty("eval.judge-base-url", "").strip();
        if (baseUrl.isEmpty()) {
            baseUrl = System.getProperty("eval.base-url", "").strip();
        }
        if (model.isEmpty()) {
            return new GoldenJudge(null, "", "", prompt);
        }
        if (baseUrl.isEmpty()) {
            throw new IllegalStateException("-Deval.judge-model needs -Deval.judge-base-url (or -Deval.base-url)");
        }
        return new GoldenJudge(baseUrl, model, System.getProperty("eval.judge-api-key", "no-key"), prompt);
    }

    static GoldenJudge of(String baseUrl, String model, Path prompt) {
        return new GoldenJudge(baseUrl, model, "no-key", prompt);
    }

    /** Whether a judge model is configured. */
    boolean configured() {
        return completions != null;
    }

    /** Each criterion's verdict on the decision taken on the conversation. */
    List<Judgement> judge(List<String> criteria, Conversation conversation, List<PreviewedStep> steps) {
        List<Judgement> judgements = new ArrayList<>();
        for (String criterion : criteria) {
            judgements.add(completions == null
                    ? new Judgement(criterion, Verdict.NOT_JUDGED, "no judge model (-Deval.judge-model)")
                    : ask(criterion, conversation, steps));
        }
        return judgements;
    }

    /** The failures the judgements add to a conversation's: one per criterion judged fail. */
    static List<String> failures(List<Judgement> judgements) {
        return judgements.stream()
            .filter(judgement -> judgement.verdict() == Verdict.FAIL)
            .map(judgement -> "judge: '" + judgement.criterion() + "' failed: " + judgement.reason())
            .toList();
    }

    private Judgement ask(String criterion, Conversation conversation, List<PreviewedStep> steps) {
        Map<String, String> variables = Map.of("criterion", criterion, "conversation", transcript(conversation),
                "decision", GoldenVerdict.describe(steps), "answer",
                String.join("\n\n", steps.stream().flatMap(step -> step.texts().stream()).toList()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("temperature", 0);
        body.put("messages", List.of(Map.of("role", "system", "content", render(system, variables)),
                Map.of("role", "user", "content", render(user, variables))));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(completions)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Judgement(criterion, Verdict.FAIL, "the judge answered HTTP " + response.statusCode());
            }
            String content = json.readTree(response.body()).path("choices").path(0).path("message").path("content")
                .asString("");
            return verdict(criterion, content);
        }
        catch (IOException ex) {
            return new Judgement(criterion, Verdict.FAIL, "the judge could not be asked: " + ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The verdict in the judge's answer: its JSON, or failing that a leading pass/fail word; unreadable fails. */
    private Judgement verdict(String criterion, String content) {
        Matcher object = Pattern.compile("(?s)\\{.*}").matcher(content);
        if (object.find()) {
            try {
                JsonNode answer = json.readTree(object.group());
                String verdict = answer.path("verdict").asString("").strip().toLowerCase(Locale.ROOT);
                String reason = answer.path("reason").asString("");
                if (verdict.equals("pass") || verdict.equals("fail")) {
                    return new Judgement(criterion, verdict.equals("pass") ? Verdict.PASS : Verdict.FAIL, reason);
                }
            }
            catch (RuntimeException unreadable) {
                // falls through to the plain reading
            }
        }
        String plain = content.strip().toLowerCase(Locale.ROOT);
        if (plain.startsWith("pass")) {
            return new Judgement(criterion, Verdict.PASS, content.strip());
        }
        return new Judgement(criterion, Verdict.FAIL,
                plain.startsWith("fail") ? content.strip() : "unreadable verdict: " + content.strip());
    }

    private static String transcript(Conversation conversation) {
        StringBuilder text = new StringBuilder();
        for (Message message : conversation.messages()) {
            text.append(message.fromCustomer() ? "customer: " : "attendant: ").append(message.text()).append('\n');
        }
        return text.toString().strip();
    }

    /** The template with its variables replaced in one pass: a value's own braces are never read as variables. */
    private static String render(String template, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(variables.get(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }
}
