package com.respondo.replies.policy;

import com.respondo.conversation.UntrustedText;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.privacy.BrazilianDocuments;

/**
 * What a fraudster would have the bot ask: the customer's password, card number, security or SMS code ("me passe sua
 * senha", "informe o número do cartão"), or a PIX to a key the tenant does not publish in its own texts (company
 * context, canned messages). A warning ("nunca pedimos sua senha") is not an ask. Compared folded: case, accents and
 * punctuation ignored.
 */
final class PhishingAsks {

    private static final String ASK = "(?:passe|passa|passar|envie|envia|enviar|mande|manda|mandar|informe|informa"
            + "|informar|forneca|fornece|fornecer|confirme|confirma|confirmar|diga|digite|compartilhe|compartilhar"
            + "|preciso|precisamos|pedimos|solicitamos|qual e|qual|send|give|tell|share|provide|confirm|enter)";
    private static final String CREDENTIAL = "(?:senha|senhas|numero do cartao|numero de cartao|numeros do cartao"
            + "|dados do cartao|cvv|cvc|codigo de seguranca|codigo de verificacao|codigo de confirmacao|codigo sms"
            + "|codigo do sms|codigo que recebeu|codigo que voce recebeu|codigo recebido|token|password|pin"
            + "|card number|security code)";
    private static final Pattern CREDENTIAL_ASK = Pattern.compile(
            "\\b" + ASK + "\\b(?: [a-z]+){0,4}? " + "(?:seu |sua |o |a |os |as |your )?" + CREDENTIAL + "\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:nao|nunca|jamais|ninguem|never|not|dont)\\b(?: [a-z0-9]+){0,3} ?$");
    private static final Pattern PAYMENT = Pattern.compile("\\bpix\\b");
    private static final Pattern TRANSFER = Pattern.compile("\\b(?:faca|faz|fazer|facam|envie|enviar|mande|mandar"
            + "|transfira|transferir|pague|pagar|deposite|depositar|realize|realizar|use|utilize|chave)\\b");
    private static final Pattern EMAIL_KEY = Pattern.compile("[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++){1,10}");
    private static final Pattern RANDOM_KEY = Pattern.compile(
            "(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern NUMBER_KEY = Pattern.compile("(?<![\\d])\\+?\\d[\\d .()/-]{8,20}\\d(?!\\d)");

    static final PhishingAsks NO_PUBLISHED_KEYS = new PhishingAsks(Set.of());

    private final Set<String> publishedKeys;

    private PhishingAsks(Set<String> publishedKeys) {
        this.publishedKeys = Set.copyOf(publishedKeys);
    }

    /** Asks refused, except a PIX to the keys these texts (the tenant's own) publish. */
    static PhishingAsks publishedIn(Collection<String> tenantTexts) {
        Set<String> keys = new HashSet<>();
        for (String text : tenantTexts) {
            keys.addAll(pixKeys(text));
        }
        return new PhishingAsks(keys);
    }

    /** What the text asks for that a fraudster would, or empty. */
    Optional<String> problemWith(String text) {
        String folded = UntrustedText.fold(text);
        Matcher ask = CREDENTIAL_ASK.matcher(folded);
        while (ask.find()) {
            if (!NEGATION.matcher(folded.substring(Math.max(0, ask.start() - 40), ask.start())).find()) {
                return Optional.of("asks for a password, card number or code");
            }
        }
        if (PAYMENT.matcher(folded).find() && TRANSFER.matcher(folded).find()) {
            for (String key : pixKeys(text)) {
                if (!publishedKeys.contains(key)) {
                    return Optional.of("asks for a PIX to a key the company does not publish");
                }
            }
        }
        return Optional.empty();
    }

    /** The PIX keys a text carries, comparable: e-mails and random keys in lower case, numbers as their digits. */
    private static Set<String> pixKeys(String text) {
        Set<String> keys = new HashSet<>();
        for (Pattern pattern : new Pattern[] { EMAIL_KEY, RANDOM_KEY }) {
            Matcher key = pattern.matcher(text);
            while (key.find()) {
                keys.add(key.group().toLowerCase(Locale.ROOT));
            }
        }
        Matcher number = NUMBER_KEY.matcher(text);
        while (number.find()) {
            String digits = BrazilianDocuments.digitsOf(number.group());
            if (digits.length() >= 11 && digits.length() <= 14) {
                keys.add(digits);
            }
        }
        return keys;
    }
}
