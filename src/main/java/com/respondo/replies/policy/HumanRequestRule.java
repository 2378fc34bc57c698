package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;

/**
 * Recognises, in pt-BR, a customer asking for a human: "atendente", "humano", "falar com uma pessoa", "pessoa de
 * verdade", "quero um gerente", "me passa pra alguém", "não quero falar com robô"... Case, accents, punctuation,
 * stretched letters ("atendenteee") and one-letter typos ("atendete", "umano") do not matter.
 * <p>
 * Words are read as concepts (asking, talking, a person, a robot...) and a request is a short pattern of concepts:
 * "atendente" and "humano" count on their own, so "o atendente de ontem resolveu, obrigado" counts too: a human
 * reading a thank-you costs little, a bot ignoring a customer who names the attendant costs a customer. Fixed
 * expressions ("erro humano", "recursos humanos") and explicit refusals ("não preciso de atendente") do not count.
 * Words such as "pessoa", "alguém" or "gerente" count only after a request ("falar com", "quero", "me passa pra"),
 * so "alguém pode me ajudar?" and "humanidade" do not. Only the first 10,000 characters of a message are read.
 */
public final class HumanRequestRule {

    private static final Map<String, Concept> WORDS = words();
    private static final Map<String, Concept> FUZZY = Map.of(
            "atendente", Concept.ATTENDANT, "humano", Concept.HUMAN, "humanizado", Concept.HUMAN,
            "pesoa", Concept.PERSON, "alguem", Concept.SOMEONE, "gerente", Concept.STAFF,
            "supervisor", Concept.STAFF, "responsavel", Concept.STAFF, "conversar", Concept.TALK);
    private static final Set<String> NOT_FUZZY = Set.of("algum", "humor", "pesos", "pesca", "pesa");
    private static final Set<String> NOT_A_PERSON_BEFORE_HUMAN = Set.of("erro", "recursos", "recurso",
            "direitos", "direito", "corpo", "natureza", "capital", "falha", "fator", "genoma");
    private static final int WINDOW_TOKENS = 3;

    /** Whether the text asks for a human. */
    public boolean isHumanRequest(String text) {
        return detect(text).isPresent();
    }

    /** The words of the text that ask for a human, if it does. */
    public Optional<String> detect(String text) {
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (requestAt(tokens, i)) {
                return Optional.of(excerpt(tokens, i));
            }
        }
        return Optional.empty();
    }

    /** The first message of the customer's newest burst that asks for a human, with the words that ask. */
    public Optional<HumanRequest> detect(Conversation conversation) {
        for (Message message : conversation.burst()) {
            Optional<String> words = detect(message.text());
            if (words.isPresent()) {
                return Optional.of(new HumanRequest(message.id(), words.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean requestAt(List<Token> tokens, int i) {
        Concept concept = tokens.get(i).concept();
        if (concept == null) {
            return false;
        }
        switch (concept) {
            case ATTENDANT:
                return !refusedBefore(tokens, i);
            case HUMAN:
                return !refusedBefore(tokens, i) && !fixedExpression(tokens, i);
            case PERSON:
            case GENTE:
                return is(tokens, i + 1, Concept.REAL) || is(tokens, i + 1, Concept.FLESH);
            case TALK:
            case WANT:
            case TRANSFER:
                return !is(tokens, i - 1, Concept.NOT) && asksForSomeone(tokens, i + 1);
            case SOMEONE:
                return is(tokens, i + 1, Concept.SERVE);
            case SERVE:
                return is(tokens, i + 1, Concept.SOMEONE) || is(tokens, i + 1, Concept.PERSON);
            case NOT:
                return rejectsRobot(tokens, i + 1, true);
            case ENOUGH:
                return rejectsRobot(tokens, i + 1, false);
            default:
                return false;
        }
    }

    /** After a request word: talking or asking words may follow, then someone (a person, "alguém", a manager). */
    private static boolean asksForSomeone(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + WINDOW_TOKENS); j++) {
            Concept next = tokens.get(j).concept();
            if (next == Concept.PERSON || next == Concept.SOMEONE || next == Concept.STAFF) {
                return true;
            }
            if (next != Concept.TALK && next != Concept.WANT && next != Concept.TRANSFER) {
                return false;
            }
        }
        return false;
    }

    /** "não quero falar com robô", "não quero bot", "não falo com máquina"; "chega de robô". */
    private static boolean rejectsRobot(List<Token> tokens, int from, boolean needsVerb) {
        boolean verb = false;
        for (int j = from; j < Math.min(tokens.size(), from + WINDOW_TOKENS); j++) {
            Concept next = tokens.get(j).concept();
            if (next == Concept.ROBOT) {
                return verb || !needsVerb;
            }
            if (next != Concept.TALK && next != Concept.WANT) {
                return false;
            }
            verb = true;
        }
        return false;
    }

    /** "não quero atendente", "não preciso de humano". */
    private static boolean refusedBefore(List<Token> tokens, int i) {
        return is(tokens, i - 1, Concept.WANT) && is(tokens, i - 2, Concept.NOT)
                || is(tokens, i - 1, Concept.TALK) && is(tokens, i - 2, Concept.WANT) && is(tokens, i - 3, Concept.NOT);
    }

    /** "erro humano", "recursos humanos", "direitos humanos". */
    private static boolean fixedExpression(List<Token> tokens, int i) {
        return i > 0 && NOT_A_PERSON_BEFORE_HUMAN.contains(tokens.get(i - 1).word());
    }

    private static boolean is(List<Token> tokens, int i, Concept concept) {
        return i >= 0 && i < tokens.size() && tokens.get(i).concept() == concept;
    }

    private static String excerpt(List<Token> tokens, int i) {
        StringBuilder words = new StringBuilder();
        for (int j = Math.max(0, i - 2); j < Math.min(tokens.size(), i + WINDOW_TOKENS + 1); j++) {
            words.append(j > Math.max(0, i - 2) ? " " : "").append(tokens.get(j).word());
        }
        return UntrustedText.truncate(words.toString(), 80, "…");
    }

    /** The words of the text with their concepts, fillers ("com", "uma", "pra") left out. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String raw : Words.of(text)) {
            Concept concept = conceptOf(Words.squeeze(raw));
            if (concept != Concept.FILLER) {
                tokens.add(new Token(raw, concept));
            }
        }
        return tokens;
    }

    private static @Nullable Concept conceptOf(String word) {
        Concept exact = WORDS.get(word);
        if (exact != null || word.length() < 5 || word.length() > 12 || NOT_FUZZY.contains(word)) {
            return exact;
        }
        for (Map.Entry<String, Concept> base : FUZZY.entrySet()) {
            if (Typos.withinOne(word, base.getKey())) {
                return base.getValue();
            }
        }
        return null;
    }

    private static Map<String, Concept> words() {
        Map<String, Concept> words = new HashMap<>();
        add(words, Concept.ATTENDANT, "atendente", "atendentes", "atendenta", "atendentas");
        add(words, Concept.HUMAN, "humano", "humana", "humanos", "humanas", "humanizado", "humanizada", "human");
        add(words, Concept.PERSON, "pessoa", "pessoas", "pessoal");
        add(words, Concept.GENTE, "gente");
        add(words, Concept.REAL, "real", "verdade", "verdadeira", "verdadeiro", "viva", "vivo");
        add(words, Concept.FLESH, "carne");
        add(words, Concept.SOMEONE, "alguem");
        add(words, Concept.STAFF, "gerente", "gerentes", "supervisor", "supervisora", "responsavel", "coordenador",
                "coordenadora", "dono", "dona", "operador", "operadora", "vendedor", "vendedora", "funcionario",
                "funcionaria", "consultor", "consultora", "especialista");
        add(words, Concept.TALK, "falar", "fala", "falo", "falando", "conversar", "converso", "conversa",
                "conversando", "papo", "papear", "atendido", "atendida", "contato", "contatar", "falem");
        add(words, Concept.WANT, "quero", "queria", "quer", "gostaria", "preciso", "precisava", "precisamos",
                "desejo", "exijo", "solicito", "peco", "pedi", "necessito");
        add(words, Concept.TRANSFER, "passa", "passar", "passe", "passem", "transfere", "transferir", "transfira",
                "transfiram", "encaminha", "encaminhar", "encaminhe", "chama", "chamar", "chame", "coloca", "colocar",
                "coloque", "manda", "mandar", "mande", "bota", "botar", "bote");
        add(words, Concept.SERVE, "atender", "atenda", "atende", "atendam", "atendendo");
        add(words, Concept.ROBOT, "robo", "robos", "robozinho", "robot", "bot", "bots", "chatbot", "maquina",
                "maquinas", "ia", "automatico", "automatica", "artificial", "virtual");
        add(words, Concept.NOT, "nao", "n", "nem", "naum", "nunca");
        add(words, Concept.ENOUGH, "chega", "cansei", "odeio", "detesto", "cansado", "cansada", "aguento");
        add(words, Concept.FILLER, "com", "um", "uma", "uns", "umas", "o", "a", "os", "as", "pra", "para", "pro",
                "pros", "p", "de", "do", "da", "dos", "das", "me", "mim", "eu", "por", "favor", "pf", "pfv", "pfvr",
                "ai", "logo", "agora", "urgente", "so", "apenas", "outra", "outro", "algum", "mesmo", "mesma",
                "pode", "poderia", "podia", "podem", "desse", "dessa", "deste", "desta", "esse", "essa", "este",
                "esta", "isso", "seu", "sua", "ser", "e", "vc", "voce", "voces", "vcs", "ja", "aqui");
        return Map.copyOf(words);
    }

    private static void add(Map<String, Concept> words, Concept concept, String... forms) {
        for (String form : forms) {
            words.put(Words.squeeze(form), concept);
        }
    }

    private enum Concept {
        ATTENDANT, HUMAN, PERSON, GENTE, REAL, FLESH, SOMEONE, STAFF, TALK, WANT, TRANSFER, SERVE, ROBOT, NOT, ENOUGH,
        FILLER
    }

    /** A word as folded (lower case, no accents) and its concept, null for a word that means nothing here. */
    private record Token(String word, @Nullable Concept concept) {
    }

    /**
     * A customer message that asks for a human.
     *
     * @param messageId the message that asks
     * @param words the words that ask, folded (lower case, no accents)
     */
    public record HumanRequest(String messageId, String words) {
    }
}
