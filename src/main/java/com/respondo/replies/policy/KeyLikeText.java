package com.respondo.replies.policy;

import com.respondo.conversation.UntrustedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.privacy.PiiMasker;

/**
 * Secrets in a text about to be sent: the configured secret values, compared with case, accents and every separator
 * ignored ("S K - a b c" is "skabc"), and, whatever is configured, what looks like a key: an API key ({@code sk-...}),
 * a JWT, a long random token (16 letters and digits or more, mixing at least three of each) and a card number (13 to
 * 19 digits that pass the Luhn check). A run of single characters spelled out with spaces, dots or hyphens between
 * them is joined and checked again, and is a token itself when it has 16 characters or more, letters and digits. A
 * token that the tenant's own texts carry (a coupon code in its company context, a canned message's link) is not a
 * secret.
 */
public final class KeyLikeText {

    /** Configured values shorter than this, once squeezed, are ignored: they would refuse ordinary words. */
    static final int MIN_SECRET = 8;

    private static final Pattern API_KEY = Pattern.compile("(?i)(?<![a-z0-9])sk[-_][a-z0-9_-]{12,}");
    /** A spelled-out run this long that has a letter and a digit is taken for a token: nobody spells a word so. */
    private static final int SPELLED_TOKEN = 16;
    private static final Pattern SPELLED_API_KEY = Pattern.compile("(?i)^sk[a-z0-9]{12,}$");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*");
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9]{16,}");
    /** How many single letters or digits in a row make a spelled-out run. */
    private static final int SPELLED_MIN = 8;
    /** A letter or digit alone, or the separator after it (one to three other characters, no line break). */
    private static final Pattern SPELLED_PART = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+");

    static final KeyLikeText NONE = new KeyLikeText(List.of(), "");

    private final List<String> secrets;
    private final String known;

    private KeyLikeText(List<String> secrets, String known) {
        this.secrets = secrets;
        this.known = known;
    }

    /** A copy that also refuses these configured values; blank and short ones are ignored. */
    KeyLikeText withSecrets(Collection<String> values) {
        List<String> kept = new ArrayList<>(secrets);
        for (String value : values) {
            String squeezed = squeeze(value);
            if (squeezed.length() >= MIN_SECRET) {
                kept.add(squeezed);
            }
        }
        return new KeyLikeText(List.copyOf(kept), known);
    }

    /** A copy for which the tokens these texts carry (the tenant's own) are not secrets. */
    KeyLikeText knowing(Collection<String> tenantTexts) {
        return new KeyLikeText(secrets, known + "\n" + String.join("\n", tenantTexts).toLowerCase(Locale.ROOT));
    }

    /** What kind of secret the text carries (never the secret), or empty. */
    Optional<String> problemWith(String text) {
        String squeezed = squeeze(text);
        for (String secret : secrets) {
            if (squeezed.contains(secret)) {
                return Optional.of("a configured secret");
            }
        }
        Optional<String> found = keyLike(text);
        if (found.isPresent()) {
            return found;
        }
        for (String joined : spelledOut(UntrustedText.clean(text))) {
            if (SPELLED_API_KEY.matcher(joined).matches()) {
                return Optional.of("an API key, spelled out");
            }
            if (joined.length() >= SPELLED_TOKEN && mixed(joined, 1)) {
                return Optional.of("a token, spelled out");
            }
            found = keyLike(joined);
            if (found.isPresent()) {
                return Optional.of(found.get() + ", spelled out");
            }
        }
        return Optional.empty();
    }

    /**
     * The runs of {@value #SPELLED_MIN} or more single letters or digits, each apart from the next by one to three
     * other characters on the same line ("s k - a b c"), joined ("skabc"). A scan, not a regular expression: a
     * repeated group would recurse once per character.
     */
    static List<String> spelledOut(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Matcher part = SPELLED_PART.matcher(text);
        boolean afterSingle = false;
        while (part.find()) {
            String found = part.group();
            boolean alphanumeric = Character.isLetterOrDigit(found.codePointAt(0));
            if (alphanumeric && found.codePointCount(0, found.length()) == 1) {
                run.append(found);
                afterSingle = true;
                continue;
            }
            if (!alphanumeric && afterSingle && found.length() <= 3 && found.indexOf('\n') < 0) {
                afterSingle = false;
                continue;
            }
            keepRun(run, runs);
            afterSingle = false;
        }
        keepRun(run, runs);
        return runs;
    }

    private static void keepRun(StringBuilder run, List<String> runs) {
        if (run.codePointCount(0, run.length()) >= SPELLED_MIN) {
            runs.add(run.toString());
        }
        run.setLength(0);
    }

    private Optional<String> keyLike(String text) {
        if (unknownMatch(API_KEY, text)) {
            return Optional.of("an API key");
        }
        if (unknownMatch(JWT, text)) {
            return Optional.of("a JWT");
        }
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (mixed(run.group(), 3) && !isKnown(run.group())) {
                return Optional.of("a long random token");
            }
        }
        return PiiMasker.containsCardNumber(text) ? Optional.of("a card number") : Optional.empty();
    }

    private boolean unknownMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!isKnown(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    private boolean isKnown(String token) {
        return known.contains(token.toLowerCase(Locale.ROOT));
    }

    /** Whether the run has at least {@code least} letters and as many digits. */
    private static boolean mixed(String run, int least) {
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < run.length(); i++) {
            if (Character.isDigit(run.charAt(i))) {
                digits++;
            }
            else {
                letters++;
            }
        }
        return letters >= least && digits >= least;
    }

    /** Folded (lower case, no accents), every character other than a letter or digit removed. */
    public static String squeeze(String text) {
        return UntrustedText.fold(text).replace(" ", "");
    }
}
