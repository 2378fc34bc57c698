package com.respondo.sandbox.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's data collection: regular expressions for e-mail, CPF, CNPJ, CEP and phone, a phrase for the name,
 * keywords for intent, urgency and sentiment, and a summary that repeats no personal data.
 */
class CustomerDataExtractor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private static final Pattern CNPJ = Pattern.compile(
            "(?i)(?:cnpj\\D{0,10})(\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2})|(\\b\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}\\b)");

    private static final Pattern CPF = Pattern.compile(
            "(?i)(?:cpf\\D{0,10})(\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2})|(\\b\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}\\b)");

    private static final Pattern CEP = Pattern.compile("(?i)(?:cep\\D{0,10})(\\d{5}-?\\d{3})|(\\b\\d{5}-\\d{3}\\b)");

    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+?55[\\s-]?)?(?:\\(\\d{2}\\)|\\b\\d{2})[\\s-]?9?\\d{4}[\\s-]?\\d{4}\\b");

    private static final Pattern NAME = Pattern.compile(
            "(?i:meu nome [ée]|me chamo|aqui [ée] (?:o|a)|sou (?:o|a))\\s+(\\p{Lu}\\p{L}+(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}\\p{L}+){0,3})");

    private static final Map<String, Pattern> INTENTS = intents();

    private static final Pattern URGENT = Pattern.compile(
            "\\b(urgente|urgencia|imediat|o quanto antes|o mais rapido|hoje ainda|agora mesmo)");

    private static final Pattern RELAXED = Pattern.compile("\\b(sem pressa|quando puder|nao tem pressa)");

    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(pessim|horrivel|absurd|ruim|insatisfeit|reclama|raiva|decepcion|nunca mais|demora|atrasad|problema|defeito)");

    private static final Pattern POSITIVE = Pattern.compile(
            "\\b(obrigad|otim|excelente|adorei|parabens|perfeit|maravilh|gostei|amei)");

    /** Fills {@code target} with the nine properties of {@code CollectedData}. */
    ObjectNode extract(ObjectNode target, String text) {
        List<int[]> used = new ArrayList<>();
        String email = find(EMAIL, text, used);
        String cnpj = digits(find(CNPJ, text, used));
        String cpf = digits(find(CPF, text, used));
        String cep = digits(find(CEP, text, used));
        String phone = find(PHONE, text, used);
        String normalized = PromptText.normalize(text);
        String intent = intent(normalized);
        String urgency = URGENT.matcher(normalized).find() ? "ALTA"
                : RELAXED.matcher(normalized).find() ? "BAIXA" : "MEDIA";
        String sentiment = NEGATIVE.matcher(normalized).find() ? "NEGATIVO"
                : POSITIVE.matcher(normalized).find() ? "POSITIVO" : "NEUTRO";
        Matcher name = NAME.matcher(text);
        putOrNull(target, "name", name.find() ? name.group(1) : null);
        putOrNull(target, "email", email);
        putOrNull(target, "phone", (phone != null) ? phone.strip() : null);
        putOrNull(target, "document", (cnpj != null) ? cnpj : cpf);
        putOrNull(target, "cep", cep);
        target.put("intent", intent);
        target.put("urgency", urgency);
        target.put("sentiment", sentiment);
        target.put("summary", summary(intent, urgency, sentiment));
        return target;
    }

    private static String intent(String normalized) {
        for (Map.Entry<String, Pattern> intent : INTENTS.entrySet()) {
            if (intent.getValue().matcher(normalized).find()) {
                return intent.getKey();
            }
        }
        return "tirar dúvida";
    }

    private static String summary(String intent, String urgency, String sentiment) {
        return "Cliente quer " + intent + "."
                + ("ALTA".equals(urgency) ? " Demonstra urgência." : "")
                + ("NEGATIVO".equals(sentiment) ? " Está insatisfeito." : "");
    }

    /** @return the first match not overlapping an earlier one (its first non-null group, else all of it) */
    private static @Nullable String find(Pattern pattern, String text, List<int[]> used) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int group = 0;
            for (int i = 1; i <= matcher.groupCount(); i++) {
                if (matcher.group(i) != null) {
                    group = i;
                    break;
                }
            }
            int start = matcher.start(group);
            int end = matcher.end(group);
            if (used.stream().noneMatch(span -> start < span[1] && span[0] < end)) {
                used.add(new int[] { start, end });
                return matcher.group(group);
            }
        }
        return null;
    }

    private static @Nullable String digits(@Nullable String value) {
        return (value != null) ? value.replaceAll("\\D", "") : null;
    }

    private static void putOrNull(ObjectNode target, String property, @Nullable String value) {
        if (value != null) {
            target.put(property, value);
        }
        else {
            target.putNull(property);
        }
    }

    private static Map<String, Pattern> intents() {
        Map<String, Pattern> intents = new java.util.LinkedHashMap<>();
        intents.put("cancelar", Pattern.compile("\\bcancel"));
        intents.put("trocar produto", Pattern.compile("\\b(troca|trocar|devolv|devolu)"));
        intents.put("reclamar", Pattern.compile("\\b(reclama|defeito|quebrad|estragad|pessim)"));
        intents.put("acompanhar pedido", Pattern.compile("\\b(pedido|entrega|rastre|chegou|encomenda)"));
        intents.put("agendar", Pattern.compile("\\b(agend|marcar|horario)"));
        intents.put("comprar", Pattern.compile("\\b(comprar|orcamento|preco|valor|quanto custa|disponivel)"));
        return intents;
    }
}
