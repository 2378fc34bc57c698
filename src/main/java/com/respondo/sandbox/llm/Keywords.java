package com.respondo.sandbox.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keyword rules of the sandbox LLM: what a customer asks for (a person, a booking, goodbye) and which words of
 * two texts match.
 */
final class Keywords {

    private static final Pattern HUMAN = Pattern.compile(
            "\\b(atendente|humano|humana|pessoa|gerente|supervisor|recepcionista|alguem de verdade|falar com alguem)");

    /** A complaint: anger, a threat, a charge or refund the customer disputes. */
    private static final Pattern COMPLAINT = Pattern.compile("\\b(absurd|pessim|horrivel|descaso|incompetent|porcaria|"
            + "vergonha|procon|reclame aqui|reclamacao|cobraram|cobranca indevida|dinheiro de volta|que raiva|"
            + "ninguem (me )?(responde|atende)|quero uma solucao)");

    /** The verb after "quero", "preciso", "vocês"...: what the customer wants to do or asks the company to do. */
    private static final Pattern INTENT = Pattern.compile(
            "\\b(?:quero|queria|preciso|gostaria de|posso|consigo|voces)\\s+([a-z]{4,})");

    private static final Pattern SALUTATION = Pattern.compile(
            "(oi+|ola|opa|e ai|bom dia|boa tarde|boa noite|tudo bem|tudo bom|alguem ai|[^a-z0-9]+)*");

    private static final Pattern SCHEDULE = Pattern.compile("\\b(agend|marcar|remarc|reservar|horario disponivel)");

    private static final Pattern FAREWELL = Pattern.compile(
            "\\b(obrigad|valeu|tchau|ate logo|ate mais|ate breve|resolvido|era so isso|so isso|agradeco)");

    private static final Set<String> STOPWORDS = Set.of("para", "como", "qual", "quais", "quando", "onde", "voce",
            "voces", "pode", "podem", "posso", "gostaria", "queria", "quero", "saber", "sobre", "minha", "minhas",
            "meus", "esta", "estao", "este", "isso", "essa", "esse", "tenho", "fazer", "obrigado", "obrigada", "favor",
            "ainda", "tudo", "aqui", "mais", "muito", "boa", "tarde", "noite", "dia", "bom", "hoje", "agora", "entao",
            "pelo", "pela", "seus", "suas", "nosso", "nossa", "nossos", "nossas", "vamos", "temos", "sera", "estou",
            "preciso", "olaa", "tambem", "depois", "antes", "algum", "alguma", "cada", "mesmo", "mesma");

    private Keywords() {
    }

    static boolean asksForHuman(String normalized) {
        return HUMAN.matcher(normalized).find();
    }

    static boolean complains(String normalized) {
        return COMPLAINT.matcher(normalized).find();
    }

    /** Whether the text only greets ("oi", "bom dia, tudo bem?", an emoji). */
    static boolean onlyGreets(String normalized) {
        return SALUTATION.matcher(normalized.strip()).matches();
    }

    static boolean asksToSchedule(String normalized) {
        return SCHEDULE.matcher(normalized).find();
    }

    static boolean saysGoodbye(String normalized) {
        return FAREWELL.matcher(normalized).find() && !normalized.contains("?");
    }

    /** @return the significant word stems (first five letters of words of four letters or more) of a text */
    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : PromptText.normalize(text).split("[^a-z0-9]+")) {
            if (word.length() >= 4 && !STOPWORDS.contains(word)) {
                stems.add(word.substring(0, Math.min(5, word.length())));
            }
        }
        return stems;
    }

    /** @return the stems of the verbs saying what the customer wants to do ("quero trocar": "troca") */
    static Set<String> intents(String text) {
        Set<String> intents = new LinkedHashSet<>();
        Matcher intent = INTENT.matcher(PromptText.normalize(text));
        while (intent.find()) {
            intents.addAll(stems(intent.group(1)));
        }
        return intents;
    }

    /** @return the stems two texts share */
    static List<String> shared(Set<String> customer, String candidate) {
        return stems(candidate).stream().filter(customer::contains).toList();
    }
}
