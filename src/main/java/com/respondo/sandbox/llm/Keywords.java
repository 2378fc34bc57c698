package com.respondo.sandbox.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keyword rules of the sandbox LLM: what a customer asks for (a person, a booking, goodbye) and which words of
 * two texts match.
 */
final class Keywords {

    private static final Pattern HUMAN = Pattern.compile(
            "\\b(atendente|humano|humana|pessoa|gerente|supervisor|alguem de verdade|falar com alguem)");

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

    /** @return the stems two texts share */
    static List<String> shared(Set<String> customer, String candidate) {
        return stems(candidate).stream().filter(customer::contains).toList();
    }
}
