package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;
import com.respondo.privacy.BrazilianDocuments;

/**
 * The data a customer gave in a conversation that a person taking it over needs at hand: CPF and CNPJ (only with
 * valid check digits), e-mail addresses, Brazilian phone numbers and order or protocol numbers, each once, in the
 * order given. Found by pattern in the customer's own messages; nothing is guessed.
 *
 * @param cpfs valid CPFs, formatted {@code 123.456.789-09}
 * @param cnpjs valid CNPJs, formatted {@code 12.345.678/0001-95}
 * @param emails e-mail addresses, lower case
 * @param phones phone numbers as written (spaces collapsed)
 * @param references order or protocol numbers with their word ("pedido 48213", "protocolo 2024-7781")
 */
public record CustomerFacts(List<String> cpfs, List<String> cnpjs, List<String> emails, List<String> phones,
        List<String> references) {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63})+");

    private static final Pattern CNPJ = Pattern.compile("(?<![\\d.])\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}(?!\\d)");

    private static final Pattern CPF = Pattern.compile("(?<![\\d.])\\d{3}[. ]?\\d{3}[. ]?\\d{3}[-. ]?\\d{2}(?!\\d)");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+/])(?:\\+?55[\\s.-]?)?(?:\\(0?\\d{2}\\)\\s?|0?\\d{2}[\\s.-]?)9?[\\s.-]?\\d{4}[\\s.-]?\\d{4}(?![\\d/])");

    private static final Pattern REFERENCE = Pattern.compile(
            "(?iu)\\b(pedido|protocolo|ordem|chamado|ticket|nota fiscal|nf)\\s*(?:n[º°o.]?\\s*|número\\s*|numero\\s*|#|:)?\\s*"
                    + "([A-Z]{0,4}-?\\d[\\d./-]{2,19}\\d)");

    public CustomerFacts {
        cpfs = List.copyOf(cpfs);
        cnpjs = List.copyOf(cnpjs);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        references = List.copyOf(references);
    }

    /** What the customer's messages of the conversation give. */
    public static CustomerFacts of(List<Message> messages) {
        Set<String> cpfs = new LinkedHashSet<>();
        Set<String> cnpjs = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (Message message : messages) {
            if (!message.fromCustomer()) {
                continue;
            }
            String text = UntrustedText.oneLine(message.text());
            Set<String> documents = new LinkedHashSet<>();
            for (String found : all(CNPJ, text)) {
                String digits = BrazilianDocuments.digitsOf(found);
                if (BrazilianDocuments.isValidCnpj(digits)) {
                    cnpjs.add(digits.replaceFirst("(\\d{2})(\\d{3})(\\d{3})(\\d{4})(\\d{2})", "$1.$2.$3/$4-$5"));
                    documents.add(digits);
                }
            }
            for (String found : all(CPF, text)) {
                String digits = BrazilianDocuments.digitsOf(found);
                if (BrazilianDocuments.isValidCpf(digits)) {
                    cpfs.add(digits.replaceFirst("(\\d{3})(\\d{3})(\\d{3})(\\d{2})", "$1.$2.$3-$4"));
                    documents.add(digits);
                }
            }
            all(EMAIL, text).forEach(email -> emails.add(email.toLowerCase(Locale.ROOT)));
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                references.add(reference.group(1).toLowerCase(Locale.ROOT) + " " + reference.group(2));
                documents.add(BrazilianDocuments.digitsOf(reference.group(2)));
            }
            for (String found : all(PHONE, text)) {
                if (!documents.contains(BrazilianDocuments.digitsOf(found))) {
                    phones.add(found.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return new CustomerFacts(new ArrayList<>(cpfs), new ArrayList<>(cnpjs), new ArrayList<>(emails),
                new ArrayList<>(phones), new ArrayList<>(references));
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return cpfs.isEmpty() && cnpjs.isEmpty() && emails.isEmpty() && phones.isEmpty() && references.isEmpty();
    }

    /** "CPF 123.456.789-09; e-mail ana@exemplo.com; telefone (41) 99876-5432; pedido 48213", or "nenhum". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        cpfs.forEach(cpf -> parts.add("CPF " + cpf));
        cnpjs.forEach(cnpj -> parts.add("CNPJ " + cnpj));
        emails.forEach(email -> parts.add("e-mail " + email));
        phones.forEach(phone -> parts.add("telefone " + phone));
        parts.addAll(references);
        return parts.isEmpty() ? "nenhum" : String.join("; ", parts);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
