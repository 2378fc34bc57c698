package com.respondo.privacy;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Replaces customer PII in free text by typed placeholders, for log lines and, per tenant, for text sent to the LLM:
 * e-mail addresses ({@value #EMAIL}), also spelt out ({@code fulano(at)example(dot)com}, {@code [at]},
 * {@code (arroba)}, {@code (ponto)}), CNPJ ({@value #CNPJ}) and CPF ({@value #CPF}) when formatted or check-digit
 * valid (a CPF also in groups: {@code 529 982 247 25}), card numbers of 13 to 19 digits, grouped by spaces, hyphens
 * or dots, that pass the Luhn check ({@value #CARD}), Brazilian or international phone numbers, the mobile 9 apart
 * too ({@code 11 9 8765 4321}) ({@value #PHONE}), and CEPs written {@code 01310-100} ({@value #CEP}). Dates,
 * amounts and order numbers stay: unformatted digits must pass a check (CPF, CNPJ, card) or have a phone number's
 * shape, and a CEP needs its hyphen. Linear in the text's length (every pattern starts only at a
 * boundary), so a hostile 1 MB text costs milliseconds.
 */
public final class PiiMasker {

    public static final String EMAIL = "[EMAIL]";
    public static final String CPF = "[CPF]";
    public static final String CNPJ = "[CNPJ]";
    public static final String CARD = "[CARTAO]";
    public static final String PHONE = "[TELEFONE]";
    public static final String CEP = "[CEP]";

    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63})+");
    /** An address spelt out to pass filters: {@code fulano(at)example(dot)com}, {@code [at]}, {@code (arroba)}... */
    private static final Pattern SPELT_EMAIL_PATTERN = Pattern.compile("(?i)(?<![\\p{L}\\p{N}._%+-])"
            + "[\\p{L}\\p{N}._%+-]{1,64}\\s?[(\\[{]\\s?(?:at|arroba)\\s?[)\\]}]\\s?[\\p{L}\\p{N}-]{1,63}"
            + "(?:(?:\\s?[(\\[{]\\s?(?:dot|ponto)\\s?[)\\]}]\\s?|\\.)[\\p{L}\\p{N}-]{1,63})+");
    private static final Pattern CNPJ_PATTERN = Pattern.compile(
            "(?<![\\d.])\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}(?![\\d])");
    private static final Pattern CNPJ_FORMATTED = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}");
    private static final Pattern CPF_PATTERN = Pattern.compile("(?<![\\d.])\\d{3}[. ]?\\d{3}[. ]?\\d{3}[-. ]?\\d{2}(?!\\d)");
    private static final Pattern CPF_FORMATTED = Pattern.compile("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\d+])\\+\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,5}(?:[\\s.-]?\\d{2,5}){1,3}(?!\\d)");
    private static final Pattern CARD_PATTERN = Pattern.compile("(?<!\\d)\\d(?:[ .-]?\\d){12,18}(?!\\d)");
    private static final Pattern PHONE_PATTERN = Pattern.compile(String.join("|",
            "(?<![\\d+])(?:\\(0?\\d{2}\\)\\s?|0?\\d{2}[\\s.-])(?:9[\\s.-]?)?\\d{4}[\\s.-]?\\d{4}(?!\\d)",
            "(?<!\\d)(?:55)?\\d{2}(?:9\\d{8}|[2-5]\\d{7})(?!\\d)",
            "(?<!\\d)(?:9[\\s.-]?)?\\d{4}-\\d{4}(?!\\d)",
            "(?<!\\d)9[\\s.-]?\\d{4} \\d{4}(?!\\d)"));
    private static final Pattern CEP_PATTERN = Pattern.compile("(?<![\\d.-])\\d{5}-\\d{3}(?![\\d-])");

    /** TempBox's ids: never PII, though their all-digit groups look like phone numbers ({@code …-4190-8123-…}). */
    private static final Pattern GUID = Pattern.compile(
            "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])");

    /** The fewest digits of any PII the patterns recognise (an 8-digit phone number). */
    private static final int MIN_DIGITS = 8;

    private PiiMasker() {
    }

    /**
     * A quick, linear scan that is false only when {@link #mask(String)} would certainly leave the text as it is: no
     * {@code @} nor a spelt-out one ({@code (at)}, {@code [arroba]}...), no {@code +} before a digit, and no run of at least 8 digits (the shortest phone number,
     * {@code 9876-5432}) in which digits are separated by at most two of {@code . - / ( )} or white space. For
     * callers that mask a lot of text that seldom holds PII, such as log lines full of GUIDs and durations.
     */
    public static boolean mayContainPii(@Nullable String text) {
        if (text == null) {
            return false;
        }
        int digits = 0;
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || (c == '+' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))
                    || ((c == '(' || c == '[' || c == '{') && spelledAt(text, i + 1))) {
                return true;
            }
            if (isDigit(c)) {
                separators = 0;
                if (++digits >= MIN_DIGITS) {
                    return true;
                }
            }
            else if (isSeparator(c) && separators < 2) {
                separators++;
            }
            else {
                digits = 0;
                separators = 0;
            }
        }
        return false;
    }

    /** Whether an "at" or "arroba" (any case), maybe between spaces, and a closing bracket start at {@code from}. */
    private static boolean spelledAt(String text, int from) {
        int i = skipSpace(text, from);
        int word = text.regionMatches(true, i, "arroba", 0, 6) ? 6 : text.regionMatches(true, i, "at", 0, 2) ? 2 : 0;
        if (word == 0) {
            return false;
        }
        i = skipSpace(text, i + word);
        return i < text.length() && (text.charAt(i) == ')' || text.charAt(i) == ']' || text.charAt(i) == '}');
    }

    private static int skipSpace(String text, int from) {
        return (from < text.length() && Character.isWhitespace(text.charAt(from))) ? from + 1 : from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || Character.isWhitespace(c);
    }

    /** The text with its PII replaced; null stays null; GUIDs are kept as they are. */
    public static @Nullable String mask(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher guids = GUID.matcher(text);
        if (!guids.find()) {
            return maskBetweenGuids(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        do {
            out.append(maskBetweenGuids(text.substring(from, guids.start()))).append(guids.group());
            from = guids.end();
        }
        while (guids.find());
        return out.append(maskBetweenGuids(text.substring(from))).toString();
    }

    private static String maskBetweenGuids(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String masked = replace(EMAIL_PATTERN, text, match -> true, EMAIL);
        masked = replace(SPELT_EMAIL_PATTERN, masked, match -> true, EMAIL);
        masked = replace(CNPJ_PATTERN, masked,
                match -> CNPJ_FORMATTED.matcher(match).matches()
                        || BrazilianDocuments.isValidCnpj(BrazilianDocuments.digitsOf(match)), CNPJ);
        masked = replace(CPF_PATTERN, masked,
                match -> CPF_FORMATTED.matcher(match).matches()
                        || BrazilianDocuments.isValidCpf(BrazilianDocuments.digitsOf(match)), CPF);
        masked = replace(INTERNATIONAL_PHONE, masked, match -> true, PHONE);
        masked = replace(CARD_PATTERN, masked, match -> luhn(BrazilianDocuments.digitsOf(match)), CARD);
        masked = replace(PHONE_PATTERN, masked, match -> true, PHONE);
        return replace(CEP_PATTERN, masked, match -> true, CEP);
    }

    private static String replace(Pattern pattern, String text, Predicate<String> sensitive, String placeholder) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String match = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(sensitive.test(match) ? placeholder : match));
        }
        while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Whether the text holds a card number: 13 to 19 digits, grouped by spaces, hyphens or dots, that pass the Luhn
     * check (what {@link #mask(String)} replaces by {@value #CARD}).
     */
    public static boolean containsCardNumber(String text) {
        Matcher matcher = CARD_PATTERN.matcher(text);
        while (matcher.find()) {
            if (luhn(BrazilianDocuments.digitsOf(matcher.group()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether 13 to 19 digits pass the Luhn check of card numbers. */
    static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
