package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.conversation.Channel;
import com.respondo.conversation.TenantProfile;
import com.respondo.conversation.UntrustedText;

/**
 * The check every text passes before it is sent to a customer: not blank, within the channel's length, no
 * unrendered template variable or markup, no secret, not a raw structured answer, and no large verbatim piece of the
 * system prompt's own instructions (60 characters or more, compared folded: case, accents, spacing and punctuation
 * ignored). What the system prompt quotes for the customer to read anyway (canned messages, company context,
 * business hours) is not part of those instructions. A failed check gives a reason, never the secret.
 */
public final class OutgoingTextCheck {

    /** The length from which a piece of the system prompt repeated in a reply counts as a leak. */
    public static final int VERBATIM_MIN = 60;

    private static final int MIN_SECRET = 4;
    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "\\{\\{[^{}\\n]{0,80}}}",
            "\\$\\{[^{}\\n]{0,80}}",
            "\\{\\s{0,3}[\\p{L}_][\\p{L}\\p{N}_.\\- ]{0,40}}",
            "<\\s{0,3}/?[\\p{L}_][\\p{L}\\p{N}_\\-. ]{0,40}/?>",
            "\\[\\s{0,3}[\\p{Lu}_][\\p{Lu}\\p{N}_ ]{1,40}]",
            "(?<![\\p{L}\\p{N}])%[sd](?!\\p{L})"));
    private static final Pattern JSON_OBJECT = Pattern.compile("^\\s*\\{\\s*\"[^\"]{1,40}\"\\s*:.*}\\s*$",
            Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int maxLength;
    private final List<String> secrets;
    private final VerbatimIndex systemPrompt;

    private OutgoingTextCheck(int maxLength, List<String> secrets, VerbatimIndex systemPrompt) {
        this.maxLength = maxLength;
        this.secrets = secrets;
        this.systemPrompt = systemPrompt;
    }

    /** A check for the channel's length limit, without secrets or a system prompt yet. */
    public static OutgoingTextCheck forChannel(Channel channel) {
        return new OutgoingTextCheck(channel.maxLength(), List.of(), VerbatimIndex.EMPTY);
    }

    /** A copy that also refuses these secret values (tokens, keys, passwords); blank and very short ones are ignored. */
    public OutgoingTextCheck withSecrets(Collection<String> values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            String squeezed = squeeze(value);
            if (squeezed.length() >= MIN_SECRET) {
                kept.add(squeezed);
            }
        }
        return new OutgoingTextCheck(maxLength, List.copyOf(kept), systemPrompt);
    }

    /**
     * A copy that refuses large verbatim pieces of the rendered system prompt, leaving out the quotable texts
     * (canned messages, company context, business hours) that the customer may be told anyway.
     */
    public OutgoingTextCheck withSystemPrompt(String renderedSystemPrompt, Collection<String> quotable) {
        return new OutgoingTextCheck(maxLength, secrets, VerbatimIndex.of(renderedSystemPrompt, quotable));
    }

    /**
     * A copy that refuses large verbatim pieces of the rendered system prompt of a reply step, leaving out what it
     * quotes from the tenant and its canned messages (name, context, hours, canned texts).
     */
    public OutgoingTextCheck withSystemPrompt(String renderedSystemPrompt, TenantProfile tenant, CannedMenu canned) {
        List<String> quotable = new ArrayList<>();
        quotable.add(tenant.companyName());
        quotable.add(tenant.companyContext());
        quotable.add(tenant.businessHours().describe());
        canned.options().forEach(option -> quotable.add(option.text()));
        return withSystemPrompt(renderedSystemPrompt, quotable);
    }

    /** The channel's limit in code points. */
    public int maxLength() {
        return maxLength;
    }

    /** Why the text must not be sent, or empty when it may. */
    public Optional<String> problemWith(String text) {
        if (text.isBlank()) {
            return Optional.of("blank text");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Optional.of("text longer than the channel allows (" + length + " > " + maxLength + ")");
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            return Optional.of("unrendered template variable or markup: "
                    + UntrustedText.truncate(UntrustedText.oneLine(placeholder.group()), 40, "…"));
        }
        if (JSON_OBJECT.matcher(text).matches()) {
            return Optional.of("raw structured output instead of a message");
        }
        String squeezed = squeeze(text);
        for (String secret : secrets) {
            if (squeezed.contains(secret)) {
                return Optional.of("text contains a secret");
            }
        }
        return systemPrompt.leakIn(UntrustedText.fold(text)) ? Optional.of("text repeats the system prompt")
                : Optional.empty();
    }

    /** Whether the text may be sent. */
    public boolean passes(String text) {
        return problemWith(text).isEmpty();
    }

    /** Lower case, invisible characters and all white space removed: how secrets are compared. */
    private static String squeeze(String text) {
        return SPACES.matcher(UntrustedText.clean(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The windows of {@value #VERBATIM_MIN} characters of the folded system prompt, by rolling hash; the quotable
     * texts are cut out first (replaced by a character no folded text has), so no window spans them.
     */
    private static final class VerbatimIndex {

        static final VerbatimIndex EMPTY = new VerbatimIndex("");
        private static final long BASE = 1_000_003L;
        private static final String CUT_OUT = "\u0000";
        /** Shorter quotable texts (a company name) stay: cutting them everywhere would hide real leaks. */
        private static final int MIN_QUOTABLE = 12;

        private final String prompt;
        private final Set<Long> windows = new HashSet<>();
        private final long highPower;

        private VerbatimIndex(String prompt) {
            this.prompt = Objects.requireNonNull(prompt);
            long power = 1;
            for (int i = 1; i < VERBATIM_MIN; i++) {
                power *= BASE;
            }
            this.highPower = power;
            forEachWindow(prompt, (hash, start) -> {
                windows.add(hash);
                return false;
            });
        }

        boolean leakIn(String text) {
            if (windows.isEmpty()) {
                return false;
            }
            return forEachWindow(text, (hash, start) -> {
                if (!windows.contains(hash)) {
                    return false;
                }
                return prompt.contains(text.substring(start, start + VERBATIM_MIN));
            });
        }

        static VerbatimIndex of(String prompt, Collection<String> quotable) {
            List<String> cut = new ArrayList<>();
            for (String text : quotable) {
                String folded = UntrustedText.fold(text);
                if (folded.length() >= MIN_QUOTABLE) {
                    cut.add(folded);
                }
            }
            cut.sort(Comparator.comparingInt(String::length).reversed());
            String folded = UntrustedText.fold(prompt);
            for (String text : cut) {
                folded = folded.replace(text, CUT_OUT);
            }
            return new VerbatimIndex(folded);
        }

        /** Calls the visitor with each window's hash and start until it answers true; whether one did. */
        private boolean forEachWindow(String text, WindowVisitor visitor) {
            if (text.length() < VERBATIM_MIN) {
                return false;
            }
            long hash = 0;
            for (int i = 0; i < VERBATIM_MIN; i++) {
                hash = hash * BASE + text.charAt(i);
            }
            if (visitor.visit(hash, 0)) {
                return true;
            }
            for (int start = 1; start + VERBATIM_MIN <= text.length(); start++) {
                hash = (hash - text.charAt(start - 1) * highPower) * BASE + text.charAt(start + VERBATIM_MIN - 1);
                if (visitor.visit(hash, start)) {
                    return true;
                }
            }
            return false;
        }

        private interface WindowVisitor {
            boolean visit(long hash, int start);
        }
    }
}
