package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;

/**
 * Recognises, in pt-BR, a customer asking for a human: a wish or an imperative ("quero falar com um atendente",
 * "me passa pra alguém", "chama um humano", "não quero robô"), a bare ask ("atendente, por favor", "atendente?",
 * "humano pfv") or a question for one ("tem alguém aí de verdade?", "alguém pode me atender?"). Case, accents,
 * punctuation, stretched letters ("atendenteee"), one-letter typos ("atendete", "umano") and chat abbreviations
 * ("qro", "vc", "pfv", "c/") do not matter.
 * <p>
 * A mere mention is not a request: thanks ("o atendente de ontem foi ótimo, obrigado"), third persons ("a atendente
 * falou que..."), someone picking up an order ("posso mandar outra pessoa buscar?"), job enquiries, refusals ("não
 * precisa de atendente", "sem falar com atendente"), fixed expressions ("erro humano", "recursos humanos"), questions
 * about the human team's hours ("até que horas tem atendente?") and quotes (text between double quotes). Those, and
 * anything ambiguous, are left to the LLM, whose prompt hands a request for a person off.
 * <p>
 * Each clause (text between punctuation) is read as concepts (wanting, talking, transferring, a person...): a request
 * is a wish or imperative followed by a person and not preceded by a negation; "tem atendente?" unless the message
 * speaks of hours or days; or a clause made only of "atendente"/"humano" and politeness, unless the message thanks
 * ("obrigado, atendente!"). A bare "atendente?" stays a request: alone, it is how customers ask for one. "pessoa" and
 * "alguém" count after a wish or "pra" ("me passa pra alguém") but not as the object of "mandar" alone. The labelled
 * set {@code replies/human-requests.csv} in the tests measures the rule (precision at least 0.95, recall at least
 * 0.90). Only the first 10,000 characters of a message are read.
 * <p>
 * It is longer than 300 lines because its vocabulary (concepts, abbreviations, fixed expressions, negations) is data
 * that only this rule reads; split across classes, the words and the patterns that use them would be read apart.
 */
public final class HumanRequestRule {

    private static final Pattern QUOTE = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?,;:\\n]+");
    private static final Map<String, Concept> WORDS = words();
    private static final Map<String, Concept> FUZZY = Map.of(
            "atendente", Concept.ATTENDANT, "humano", Concept.HUMAN, "humanizado", Concept.HUMAN,
            "pesoa", Concept.PERSON, "alguem", Concept.SOMEONE, "gerente", Concept.STAFF,
            "supervisor", Concept.STAFF, "responsavel", Concept.STAFF, "conversar", Concept.TALK);
    private static final Set<String> NOT_FUZZY = Set.of("algum", "humor", "pesos", "pesca", "pesa");
    private static final Set<String> NOT_A_PERSON_BEFORE_HUMAN = Set.of("erro", "recursos", "recurso",
            "direitos", "direito", "corpo", "natureza", "capital", "falha", "fator", "genoma", "uso", "consumo");
    private static final Set<Concept> STRONG = EnumSet.of(Concept.ATTENDANT, Concept.HUMAN, Concept.STAFF);
    private static final Set<Concept> WEAK = EnumSet.of(Concept.PERSON, Concept.SOMEONE);
    private static final Set<Concept> CHAIN = EnumSet.of(Concept.WANT, Concept.TALK, Concept.TALK_NOUN, Concept.MOVE,
            Concept.SUMMON, Concept.TO, Concept.THAT, Concept.SERVICE, Concept.BE);
    private static final Set<Concept> BARE = EnumSet.of(Concept.ATTENDANT, Concept.HUMAN, Concept.SERVICE, Concept.BE);
    private static final int WINDOW_TOKENS = 4;

    /** Whether the text asks for a human. */
    public boolean isHumanRequest(String text) {
        return detect(text).isPresent();
    }

    /** The words of the text that ask for a human, if it does. */
    public Optional<String> detect(String text) {
        List<List<Token>> clauses = clauses(text);
        Set<Concept> message = EnumSet.noneOf(Concept.class);
        clauses.forEach(clause -> clause.forEach(token -> message.add(token.concept())));
        for (List<Token> clause : clauses) {
            for (int i = 0; i < clause.size(); i++) {
                if (requestAt(clause, i, message)) {
                    return Optional.of(excerpt(clause, i));
                }
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

    private static boolean requestAt(List<Token> tokens, int i, Set<Concept> message) {
        Concept concept = tokens.get(i).concept();
        switch (concept) {
            case ATTENDANT:
            case HUMAN:
                return !fixedExpression(tokens, i) && (bare(tokens) && !message.contains(Concept.THANKS)
                        || askedIfThere(tokens, i) && !message.contains(Concept.TIME));
            case WANT:
            case TALK:
            case MOVE:
            case SUMMON:
                return !negated(tokens, i) && !(concept == Concept.SUMMON && reflexive(tokens, i))
                        && asksForSomeone(tokens, i);
            case PERSON:
            case GENTE:
                return is(tokens, i + 1, Concept.REAL) || is(tokens, i + 1, Concept.FLESH);
            case SOMEONE:
                return is(tokens, i + 1, Concept.REAL) || is(tokens, i + 1, Concept.SERVE)
                        || is(tokens, i + 1, Concept.THAT) && is(tokens, i + 2, Concept.SERVE);
            case NOT:
                return rejectsRobot(tokens, i + 1, true);
            case ENOUGH:
                return rejectsRobot(tokens, i + 1, false);
            default:
                return false;
        }
    }

    /**
     * From a wish or imperative: more of them, "pra"/"com", "atendimento" or "que" may follow, then a person.
     * "pessoa" and "alguém" need a wish, talking or "pra" ("mandar outra pessoa buscar" is not a request), and
     * none after "que" ("preciso que alguém assine"); wanting to be an attendant is not asking for one.
     */
    private static boolean asksForSomeone(List<Token> tokens, int from) {
        boolean beyondMoving = false;
        boolean that = false;
        for (int j = from; j < Math.min(tokens.size(), from + WINDOW_TOKENS + 1); j++) {
            Concept next = tokens.get(j).concept();
            if (STRONG.contains(next)) {
                return !fixedExpression(tokens, j) && (next == Concept.HUMAN || !is(tokens, j - 1, Concept.BE));
            }
            if (WEAK.contains(next)) {
                return beyondMoving && !that;
            }
            if (!CHAIN.contains(next)) {
                return false;
            }
            beyondMoving |= next != Concept.MOVE;
            that |= next == Concept.THAT;
        }
        return false;
    }

    /** "não quero falar com atendente", "não precisa me passar pra atendente", "sem falar com atendente". */
    private static boolean negated(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && CHAIN.contains(tokens.get(j).concept())) {
            j--;
        }
        return is(tokens, j, Concept.NOT);
    }

    /** "como se chama o gerente?" names, it does not summon. */
    private static boolean reflexive(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).word().equals("se");
    }

    /** "tem atendente?", "tem algum humano aí?", "tem atendimento humano?", "cadê um atendente?". */
    private static boolean askedIfThere(List<Token> tokens, int i) {
        int j = i - 1;
        while (is(tokens, j, Concept.SERVICE)) {
            j--;
        }
        return is(tokens, j, Concept.THERE);
    }

    /** A clause of "atendente", "humano", "atendimento" and politeness only: "atendente, por favor", "humano?". */
    private static boolean bare(List<Token> tokens) {
        boolean person = false;
        for (Token token : tokens) {
            if (!BARE.contains(token.concept())) {
                return false;
            }
            person |= token.concept() == Concept.ATTENDANT || token.concept() == Concept.HUMAN;
        }
        return person;
    }

    /** "não quero falar com robô", "não quero bot", "não falo com máquina"; "chega de robô". */
    private static boolean rejectsRobot(List<Token> tokens, int from, boolean needsVerb) {
        boolean verb = false;
        for (int j = from; j < Math.min(tokens.size(), from + WINDOW_TOKENS); j++) {
            Concept next = tokens.get(j).concept();
            if (next == Concept.ROBOT) {
                return verb || !needsVerb;
            }
            if (next != Concept.TALK && next != Concept.WANT && next != Concept.TO) {
                return false;
            }
            verb |= next != Concept.TO;
        }
        return false;
    }

    /** "erro humano", "recursos humanos", "uso humano". */
    private static boolean fixedExpression(List<Token> tokens, int i) {
        return tokens.get(i).concept() == Concept.HUMAN && i > 0
                && NOT_A_PERSON_BEFORE_HUMAN.contains(tokens.get(i - 1).word());
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

    /** The clauses of the text, quotes left out, as words with their concepts, fillers ("um", "o") left out. */
    private static List<List<Token>> clauses(String text) {
        String read = QUOTE.matcher(UntrustedText.truncate(text, Words.MAX_READ, "")).replaceAll(".");
        List<List<Token>> clauses = new ArrayList<>();
        for (String clause : CLAUSE_END.split(read)) {
            List<Token> tokens = new ArrayList<>();
            for (String raw : Words.of(clause)) {
                Concept concept = conceptOf(Words.squeeze(raw));
                if (concept != Concept.FILLER) {
                    tokens.add(new Token(raw, concept));
                }
            }
            if (!tokens.isEmpty()) {
                clauses.add(tokens);
            }
        }
        return clauses;
    }

    private static Concept conceptOf(String word) {
        Concept exact = WORDS.get(word);
        if (exact != null || word.length() < 5 || word.length() > 12 || NOT_FUZZY.contains(word)) {
            return exact == null ? Concept.OTHER : exact;
        }
        for (Map.Entry<String, Concept> base : FUZZY.entrySet()) {
            if (Typos.withinOne(word, base.getKey())) {
                return base.getValue();
            }
        }
        return Concept.OTHER;
    }

    private static Map<String, Concept> words() {
        Map<String, Concept> words = new HashMap<>();
        add(words, Concept.ATTENDANT, "atendente", "atendentes", "atendenta", "atendentas");
        add(words, Concept.HUMAN, "humano", "humana", "humanos", "humanas", "humanizado", "humanizada", "human");
        add(words, Concept.SERVICE, "atendimento", "setor");
        add(words, Concept.PERSON, "pessoa", "pessoas", "pessoal");
        add(words, Concept.GENTE, "gente");
        add(words, Concept.REAL, "real", "verdade", "vdd", "verdadeira", "verdadeiro", "viva", "vivo");
        add(words, Concept.FLESH, "carne");
        add(words, Concept.SOMEONE, "alguem");
        add(words, Concept.STAFF, "gerente", "gerentes", "supervisor", "supervisora", "responsavel", "coordenador",
                "coordenadora", "dono", "dona", "operador", "operadora", "vendedor", "vendedora", "funcionario",
                "funcionaria", "consultor", "consultora", "especialista");
        add(words, Concept.TALK, "falar", "fala", "falo", "falando", "flr", "conversar", "converso", "conversando",
                "papear", "contatar", "falem");
        add(words, Concept.TALK_NOUN, "conversa", "contato", "papo", "atendido", "atendida");
        add(words, Concept.WANT, "quero", "qro", "kero", "qero", "queria", "qria", "keria", "quer", "gostaria",
                "preciso", "precisa", "precisar", "precisava", "precisamos", "precisando", "desejo", "exijo",
                "solicito", "peco", "pedi", "necessito");
        add(words, Concept.MOVE, "passa", "passar", "passe", "passem", "transfere", "transferir", "transfira",
                "transfiram", "encaminha", "encaminhar", "encaminhe", "coloca", "colocar", "coloque", "manda",
                "mandar", "mande", "bota", "botar", "bote", "poe", "ponha");
        add(words, Concept.SUMMON, "chama", "chamar", "chame", "chamem");
        add(words, Concept.TO, "com", "c", "cm", "pra", "para", "pro", "pros", "p", "ao");
        add(words, Concept.THAT, "que", "q");
        add(words, Concept.BE, "ser");
        add(words, Concept.THERE, "tem", "existe", "teria", "tera", "cade");
        add(words, Concept.SERVE, "atender", "atenda", "atende", "atendam", "atendendo");
        add(words, Concept.ROBOT, "robo", "robos", "robozinho", "robot", "bot", "bots", "chatbot", "maquina",
                "maquinas", "ia", "automatico", "automatica", "artificial", "virtual");
        add(words, Concept.NOT, "nao", "n", "nem", "naum", "nunca", "sem");
        add(words, Concept.ENOUGH, "chega", "cansei", "odeio", "detesto", "cansado", "cansada", "aguento");
        add(words, Concept.THANKS, "obrigado", "obrigada", "obg", "obgd", "brigado", "brigada", "valeu", "vlw",
                "agradeco", "parabens");
        add(words, Concept.TIME, "horario", "horarios", "hora", "horas", "sabado", "domingo", "feriado", "feriados",
                "hoje", "amanha", "noite", "fim", "semana");
        add(words, Concept.FILLER, "um", "uma", "uns", "umas", "o", "a", "os", "as", "de", "do", "da", "dos", "das",
                "me", "mim", "eu", "por", "favor", "gentileza", "pf", "pfv", "pfvr", "ai", "logo", "agora", "urgente",
                "so", "apenas", "outra", "outro", "algum", "alguma", "mesmo", "mesma", "pode", "poderia", "podia", "podem", "possa",
                "desse", "dessa", "deste", "desta", "esse", "essa", "este", "esta", "isso", "seu", "sua", "e",
                "vc", "voce", "voces", "vcs", "ja", "aqui", "em", "mais", "disponivel", "disponiveis");
        return Map.copyOf(words);
    }

    private static void add(Map<String, Concept> words, Concept concept, String... forms) {
        for (String form : forms) {
            words.put(Words.squeeze(form), concept);
        }
    }

    private enum Concept {
        ATTENDANT, HUMAN, SERVICE, PERSON, GENTE, REAL, FLESH, SOMEONE, STAFF, TALK, TALK_NOUN, WANT, MOVE, SUMMON,
        TO, THAT, BE, THERE, SERVE, ROBOT, NOT, ENOUGH, THANKS, TIME, FILLER, OTHER
    }

    /** A word as folded (lower case, no accents) and its concept ({@code OTHER} for a word that means nothing here). */
    private record Token(String word, Concept concept) {
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
