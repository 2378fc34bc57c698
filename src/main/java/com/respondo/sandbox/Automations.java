package com.respondo.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * TempBox's server-side automation, done simply and deterministically: the company bot greets unstarted conversations,
 * answers a message with the best-fitting canned text, collects contact data into the observations, hands unowned
 * conversations to the least busy human, and acknowledges waiting customers. Every conversation acted on is an
 * effect (so it is recorded) and an occurrence (so Acompanhar shows it).
 */
final class Automations implements Answer.Operations {

    static final String AUTOMATIC_REPLY = "Recebemos sua mensagem! Em instantes continuamos o atendimento por aqui.";
    static final String AI_FALLBACK = "Recebi sua mensagem e já estou verificando. Em instantes retorno com mais detalhes.";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern CPF = Pattern.compile("(?<!\\d)(\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2})(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("\\(\\d{2}\\)\\s?\\d{4,5}-?\\d{4}");
    private static final Pattern CEP = Pattern.compile("(?<![\\d.])\\d{5}-\\d{3}(?!\\d)");

    @Override
    public void register(Map<Operation, Answer.Handler> handlers) {
        handlers.put(Operation.ProcessarOcorrenciaRespostaInicialBotIa, this::initialResponses);
        handlers.put(Operation.ResponderMensagemBot, this::botReply);
        handlers.put(Operation.ResponderMensagemIa, this::aiReply);
        handlers.put(Operation.ColetarDadosIa, this::collectData);
        handlers.put(Operation.ProcessarOcorrenciaSemAtendente, this::assignUnowned);
        handlers.put(Operation.RespostaAutomaticaPronta, this::automaticReplies);
    }

    /** The bot starts every open, never-started conversation whose newest message is the customer's, and greets. */
    private Answer initialResponses(Call call) {
        UUID bot = call.profile().bot().id();
        String greeting = call.profile().canned().get(0).title();
        List<Effect> effects = new ArrayList<>();
        for (Conversation conversation : List.copyOf(call.company().openConversations())) {
            ConversationView view = conversation.view();
            if (view.owner() != null || view.iniciado() || !view.waitingForAnswer()) {
                continue;
            }
            conversation.start(bot, call.now());
            call.company().append(conversation, bot, greeting, call.now());
            effects.add(Effect.on(conversation.id(), bot, greeting, view.newest()));
            call.company().occur(call.operation().name(), "Resposta inicial enviada pelo bot", conversation.id(),
                    call.now());
        }
        return Answer.changed(null, effects);
    }

    /** The bot answers the given customer message with the canned text that fits it best (the greeting if none). */
    private Answer botReply(Call call) {
        UUID messageId = call.requiredUuid("AtendimentoMensagem");
        Conversation conversation = call.company().byMessage(messageId)
            .orElseThrow(() -> new OperationException("Mensagem não encontrada: " + messageId));
        Message message = conversation.messages().stream()
            .filter(candidate -> candidate.id().equals(messageId))
            .findFirst()
            .orElseThrow(() -> new OperationException("Mensagem não encontrada: " + messageId));
        if (message.fromAttendant()) {
            throw new OperationException("A mensagem não é do solicitante");
        }
        UUID bot = call.profile().bot().id();
        String text = bestCanned(call.profile(), message.text()).orElse(call.profile().canned().get(0)).title();
        startIfUnowned(conversation, bot, call);
        call.company().append(conversation, bot, text, call.now());
        call.company().occur(call.operation().name(), "Mensagem respondida pelo bot", conversation.id(), call.now());
        return Answer.changed(null, Effect.on(conversation.id(), bot, text, message));
    }

    /** The bot answers the conversation: a personal greeting plus the canned text that fits the customer's words. */
    private Answer aiReply(Call call) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        Message answered = ConversationWrites.lastCustomerMessage(conversation);
        if (answered == null) {
            throw new OperationException("Atendimento sem mensagens do solicitante");
        }
        UUID bot = call.profile().bot().id();
        String body = bestCanned(call.profile(), answered.text()).map(CannedMessage::title).orElse(AI_FALLBACK);
        String text = "Olá, " + conversation.customer().firstName() + "! " + body;
        startIfUnowned(conversation, bot, call);
        call.company().append(conversation, bot, text, call.now());
        call.company().occur(call.operation().name(), "Resposta da IA enviada", conversation.id(), call.now());
        return Answer.changed(null, Effect.on(conversation.id(), bot, text, answered));
    }

    /** Adds e-mails, phones, valid CPFs and CEPs found in new customer messages to ObservacoesAdicionais. */
    private Answer collectData(Call call) {
        List<Effect> effects = new ArrayList<>();
        for (Conversation conversation : List.copyOf(call.company().openConversations())) {
            List<Message> fresh = conversation.collectCustomerMessages();
            String found = collected(fresh);
            if (found == null) {
                continue;
            }
            String line = "Dados coletados: " + found;
            conversation.appendObservation(line, call.now());
            effects.add(Effect.on(conversation.id(), null, line, fresh.get(fresh.size() - 1)));
            call.company().occur(call.operation().name(), line, conversation.id(), call.now());
        }
        return Answer.changed(null, effects);
    }

    /** Hands every open conversation without an owner to the human with the fewest open conversations. */
    private Answer assignUnowned(Call call) {
        List<Attendant> humans = call.profile().humans();
        if (humans.isEmpty()) {
            return Answer.of(null);
        }
        Map<UUID, Integer> load = new HashMap<>();
        humans.forEach(human -> load.put(human.id(), 0));
        List<Conversation> unowned = new ArrayList<>();
        for (Conversation conversation : List.copyOf(call.company().openConversations())) {
            UUID owner = conversation.view().owner();
            if (owner == null) {
                unowned.add(conversation);
            }
            else {
                load.computeIfPresent(owner, (id, count) -> count + 1);
            }
        }
        List<Effect> effects = new ArrayList<>();
        for (Conversation conversation : unowned) {
            Attendant human = humans.stream().min(Comparator.comparing(candidate -> load.get(candidate.id()))).orElseThrow();
            load.merge(human.id(), 1, Integer::sum);
            conversation.forward(human.id(), call.now());
            effects.add(Effect.on(conversation.id(), human.id(), null, ConversationWrites.lastCustomerMessage(conversation)));
            call.company().occur(call.operation().name(), "Atendimento sem atendente encaminhado para " + human.name(),
                    conversation.id(), call.now());
        }
        return Answer.changed(null, effects);
    }

    /** The bot acknowledges every open conversation it owns whose newest message is the customer's. */
    private Answer automaticReplies(Call call) {
        UUID bot = call.profile().bot().id();
        List<Effect> effects = new ArrayList<>();
        for (Conversation conversation : List.copyOf(call.company().openConversations())) {
            ConversationView view = conversation.view();
            if (!bot.equals(view.owner()) || !view.waitingForAnswer()) {
                continue;
            }
            call.company().append(conversation, bot, AUTOMATIC_REPLY, call.now());
            effects.add(Effect.on(conversation.id(), bot, AUTOMATIC_REPLY, view.newest()));
            call.company().occur(call.operation().name(), "Resposta automática enviada", conversation.id(), call.now());
        }
        return Answer.changed(null, effects);
    }

    static Optional<CannedMessage> bestCanned(CompanyProfile company, String text) {
        CannedMessage best = null;
        int bestScore = 0;
        for (CannedMessage canned : company.canned()) {
            int score = canned.score(text);
            if (score > bestScore) {
                best = canned;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void startIfUnowned(Conversation conversation, UUID bot, Call call) {
        if (conversation.view().owner() == null) {
            conversation.start(bot, call.now());
        }
    }

    private static @Nullable String collected(List<Message> messages) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Message message : messages) {
            String text = message.text();
            find(EMAIL, text, 0).ifPresent(value -> found.put("e-mail", value));
            find(CPF, text, 1).filter(Automations::validCpf).ifPresent(value -> found.put("CPF", value));
            find(PHONE, text, 0).ifPresent(value -> found.put("telefone", value));
            find(CEP, text, 0).ifPresent(value -> found.put("CEP", value));
        }
        if (found.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        found.forEach((name, value) -> parts.add(name + " " + value));
        return String.join("; ", parts);
    }

    private static Optional<String> find(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(group)) : Optional.empty();
    }

    /** CPF check digits (mod 11); repeated digits are invalid. */
    static boolean validCpf(String cpf) {
        String digits = cpf.replaceAll("\\D", "");
        if (digits.length() != 11 || digits.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(digits, 9) == digits.charAt(9) - '0' && checkDigit(digits, 10) == digits.charAt(10) - '0';
    }

    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int index = 0; index < length; index++) {
            sum += (digits.charAt(index) - '0') * (length + 1 - index);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }
}
