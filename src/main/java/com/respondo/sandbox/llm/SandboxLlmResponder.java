package com.respondo.sandbox.llm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the sandbox LLM's answer to one of Respondo's tasks: valid JSON for the task's record, derived
 * deterministically from the conversation text with keyword rules; ai-reply answers from the prompt's numbered
 * sources (citing the id) or its canned messages, and hands off when neither covers the question.
 */
class SandboxLlmResponder {

    private final JsonMapper json;

    private final CustomerDataExtractor extractor = new CustomerDataExtractor();

    SandboxLlmResponder(JsonMapper json) {
        this.json = json;
    }

    /** @throws IllegalArgumentException the body is not a chat completion request */
    SandboxLlmRequest read(String body) {
        return SandboxLlmRequest.parse(this.json, body);
    }

    /** @return the answer's content: the task's JSON, or a plain pt-BR sentence for a request of no known task */
    String answer(SandboxLlmRequest request) {
        SandboxLlmTask task = SandboxLlmTask.of(request.schemaProperties());
        if (task == null) {
            return "Olá! Sou o modelo de testes do sandbox do Respondo.";
        }
        ObjectNode answer = switch (task) {
            case GREETING -> greeting(request);
            case CANNED_CHOICE -> cannedChoice(request);
            case AI_DECISION -> aiDecision(request);
            case COLLECTED_DATA -> this.extractor.extract(this.json.createObjectNode(),
                    customerText(request.user(), "mensagens_do_cliente"));
            case FOLLOW_UP_NUDGE -> nudge(request);
        };
        return this.json.writeValueAsString(answer);
    }

    private ObjectNode greeting(SandboxLlmRequest request) {
        String period = PromptText.labelled(request.user(), "Saudação para o horário");
        String salutation = period.isBlank() ? "Olá" : capitalize(period);
        String name = PromptText.firstName(PromptText.labelled(request.user(), "Nome do cliente"));
        String company = orElse(PromptText.labelled(request.system(), "Empresa"), "nossa empresa");
        boolean wroteAlready = !PromptText.between(request.user(), "mensagens_do_cliente").isBlank();
        StringBuilder message = new StringBuilder(salutation)
            .append(name.isBlank() ? "" : ", " + name)
            .append("! Sou o assistente virtual da ").append(company).append('.')
            .append(wroteAlready ? " Recebi sua mensagem e já vou te ajudar." : " Como posso ajudar?");
        String open = PromptText.normalize(PromptText.labelled(request.system(), "Atendimento humano disponível agora"));
        String hours = PromptText.labelled(request.system(), "Horário de atendimento humano");
        if ((open.startsWith("false") || open.startsWith("nao")) && !hours.isBlank()) {
            message.append(" Nosso atendimento humano funciona ").append(hours).append('.');
        }
        return this.json.createObjectNode().put("message", message.toString());
    }

    private ObjectNode nudge(SandboxLlmRequest request) {
        String name = PromptText.firstName(PromptText.labelled(request.user(), "Nome do cliente"));
        return this.json.createObjectNode().put("nudge", "Oi" + (name.isBlank() ? "" : ", " + name)
                + "! Conseguiu ver minha última mensagem? Se ficou alguma dúvida, é só me responder por aqui.");
    }

    private ObjectNode cannedChoice(SandboxLlmRequest request) {
        String customer = orElse(PromptText.between(request.user(), "mensagens_do_cliente"),
                PromptText.newestCustomerText(PromptText.between(request.user(), "historico")));
        return choice(customer, PromptText.numbered(PromptText.between(request.system(), "mensagens_padrao")));
    }

    private ObjectNode choice(String customer, List<String> canned) {
        ObjectNode choice = this.json.createObjectNode();
        if (Keywords.asksForHuman(PromptText.normalize(customer))) {
            return choice.put("option", 0).put("confidence", 0.9)
                .put("reason", "O cliente pediu para falar com um atendente.");
        }
        if (Keywords.complains(PromptText.normalize(customer))) {
            return choice.put("option", 0).put("confidence", 0.9)
                .put("reason", "O cliente reclama; nenhuma mensagem padrão resolve uma reclamação.");
        }
        Match match = Match.best(customer, canned);
        if (match == null) {
            return choice.put("option", 0).put("confidence", 0.3)
                .put("reason", "Nenhuma mensagem padrão cobre o assunto do cliente.");
        }
        return choice.put("option", match.option())
            .put("confidence", match.confidence())
            .put("reason", "A mensagem padrão " + match.option() + " trata de: " + String.join(", ", match.words()) + ".");
    }

    /**
     * The decision, with the canned message that answers the customer on its own ({@code canned}, 0 for none, and its
     * confidence, as {@code bot-choice} would choose it) when the request's schema asks for one.
     */
    private ObjectNode aiDecision(SandboxLlmRequest request) {
        ObjectNode decision = decision(request);
        if (request.schemaProperties().contains("canned")) {
            String customer = PromptText.newestCustomerText(customerText(request.user(), "conversa"));
            ObjectNode choice = choice(customer,
                    PromptText.numbered(PromptText.between(request.system(), "mensagens_padrao")));
            decision.set("canned", choice.get("option"));
            decision.set("cannedConfidence", choice.get("confidence"));
        }
        return decision;
    }

    private ObjectNode decision(SandboxLlmRequest request) {
        String customer = PromptText.newestCustomerText(customerText(request.user(), "conversa"));
        String normalized = PromptText.normalize(customer);
        String name = PromptText.firstName(PromptText.labelled(request.user(), "Nome do cliente"));
        String vocative = name.isBlank() ? "" : ", " + name;
        List<String> slots = PromptText.numbered(PromptText.between(request.user(), "horarios_livres"));
        ObjectNode decision = this.json.createObjectNode();
        if (Keywords.asksForHuman(normalized)) {
            return decided(decision, "HANDOFF", "Claro" + vocative
                    + "! Vou transferir você para um de nossos atendentes, que vai continuar o atendimento em instantes.",
                    0.95, "O cliente pediu para falar com um atendente.");
        }
        if (Keywords.complains(normalized)) {
            return decided(decision, "HANDOFF", "Sinto muito pelo transtorno" + vocative
                    + ". Vou passar sua conversa para um de nossos atendentes, que vai cuidar disso com você.", 0.9,
                    "O cliente reclama: um atendente resolve.");
        }
        if (Keywords.asksToSchedule(normalized) && !slots.isEmpty()) {
            return decided(decision, "SCHEDULE", "Combinado" + vocative + "! Agendei para " + slots.get(0)
                    + ". Você vai receber um lembrete no horário marcado.", 0.9,
                    "O cliente quer agendar e há horário livre.")
                .put("followUpMessage", "Olá" + vocative + "! Passando para lembrar do seu horário agendado: "
                        + slots.get(0) + ". Se precisar remarcar, é só responder esta mensagem.")
                .put("slot", 1);
        }
        if (Keywords.saysGoodbye(normalized)) {
            return decided(decision, "CLOSE", "Por nada" + vocative + "! Fico à disposição. Tenha um ótimo dia!",
                    0.9, "O cliente agradeceu e encerrou a conversa.");
        }
        PromptSources.Found found = PromptSources.answer(customer, PromptSources.of(request.user()));
        if (found != null) {
            return decided(decision, "REPLY", "Olá" + vocative + "! " + found.text(), 0.85,
                    "A fonte " + found.id() + " responde ao cliente.", found.id());
        }
        Match match = Match.best(customer, PromptText.numbered(PromptText.between(request.system(), "mensagens_padrao")));
        if (match != null) {
            return decided(decision, "REPLY", match.text(), 0.8,
                    "A mensagem padrão " + match.option() + " responde ao cliente.");
        }
        if (request.user().contains("<fontes>")) {
            return decided(decision, "HANDOFF", "Obrigado pela mensagem" + vocative
                    + "! Não encontrei essa informação aqui, então vou passar sua conversa para um de nossos "
                    + "atendentes, que vai continuar o atendimento.", 0.9,
                    "Nenhuma fonte nem o contexto da empresa respondem à pergunta.");
        }
        return decided(decision, "REPLY", "Olá" + vocative
                + "! Obrigado pela mensagem. Estou verificando sua solicitação e já retorno com mais detalhes.", 0.75,
                "Resposta de acolhimento enquanto o pedido é verificado.");
    }

    private static ObjectNode decided(ObjectNode decision, String action, String message, double confidence,
            String reason, String... sources) {
        decision.put("action", action)
            .put("message", message)
            .put("confidence", confidence)
            .put("reason", reason)
            .putNull("followUpMessage")
            .putNull("slot");
        ArrayNode cited = decision.putArray("sources");
        for (String id : sources) {
            cited.add(id);
        }
        return decision;
    }

    private static String customerText(String user, String tag) {
        return orElse(PromptText.between(user, tag), user);
    }

    private static String orElse(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }

    private static String capitalize(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The canned message sharing the most word stems with the customer's text, each stem weighing less the more
     * candidates share it and twice as much when it says what the customer wants to do ("quero trocar"); a welcome
     * message is a candidate only for a customer who only greets.
     * @param option its 1-based number
     * @param text its text
     * @param words the shared stems
     */
    record Match(int option, String text, List<String> words) {

        private static final Pattern WELCOME = Pattern.compile("^(ola|oi)\\b.*como posso ajudar.*", Pattern.DOTALL);

        double confidence() {
            return Math.min(0.95, 0.55 + 0.15 * this.words.size());
        }

        static @Nullable Match best(String customer, List<String> canned) {
            Set<String> stems = Keywords.stems(customer);
            Set<String> intents = Keywords.intents(customer);
            boolean greets = Keywords.onlyGreets(PromptText.normalize(customer));
            Map<Integer, String> candidates = new LinkedHashMap<>();
            for (int i = 0; i < canned.size(); i++) {
                if (greets || !WELCOME.matcher(PromptText.normalize(canned.get(i))).matches()) {
                    candidates.put(i + 1, canned.get(i));
                }
            }
            Map<String, Integer> spread = new HashMap<>();
            candidates.values().forEach(text -> Keywords.stems(text).forEach(stem -> spread.merge(stem, 1, Integer::sum)));
            Match best = null;
            double bestWeight = 0;
            for (Map.Entry<Integer, String> candidate : candidates.entrySet()) {
                List<String> shared = Keywords.shared(stems, candidate.getValue());
                double weight = shared.stream()
                    .mapToDouble(stem -> (intents.contains(stem) ? 2.0 : 1.0) / spread.getOrDefault(stem, 1))
                    .sum();
                if (!shared.isEmpty() && weight > bestWeight) {
                    best = new Match(candidate.getKey(), candidate.getValue(), shared);
                    bestWeight = weight;
                }
            }
            return best;
        }
    }
}
