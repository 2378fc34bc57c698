package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import com.respondo.conversation.Channel;
import com.respondo.conversation.TenantProfile;
import com.respondo.conversation.UntrustedText;

/**
 * The check every text passes before it is sent to a customer: not blank, within the channel's length, no
 * unrendered template variable or markup, not a raw structured answer; then the output guard, whose refusals start
 * with a {@link GuardFailure} code: no secret or key-like string ({@link KeyLikeText}), no piece of the system
 * prompt's own instructions of {@value #VERBATIM_MIN} letters and digits or more (compared squeezed: case, accents,
 * spacing, punctuation and hyphens between letters ignored), no link to a host the tenant does not allow
 * ({@link LinkHosts}), no phishing ask ({@link PhishingAsks}) and, when languages are set, no answer clearly in
 * another language ({@link LanguageGuess}). What the system prompt quotes for the customer to read anyway (canned
 * messages, company context, business hours) is not part of its instructions. A failed check gives a reason, never
 * the secret.
 */
public final class OutgoingTextCheck {

    /** The length from which a piece of the system prompt repeated in a reply counts as a leak. */
    public static final int VERBATIM_MIN = 60;

    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "\\{\\{[^{}\\n]{0,80}}}",
            "\\$\\{[^{}\\n]{0,80}}",
            "\\{\\s{0,3}[\\p{L}_][\\p{L}\\p{N}_.\\- ]{0,40}}",
            "<\\s{0,3}/?[\\p{L}_][\\p{L}\\p{N}_\\-. ]{0,40}/?>",
            "\\[\\s{0,3}[\\p{Lu}_][\\p{Lu}\\p{N}_ ]{1,40}]",
            "(?<![\\p{L}\\p{N}])%[sd](?!\\p{L})"));
    private static final Pattern JSON_OBJECT = Pattern.compile("^\\s*\\{\\s*\"[^\"]{1,40}\"\\s*:.*}\\s*$",
            Pattern.DOTALL);

    private final int maxLength;
    private final KeyLikeText secrets;
    private final VerbatimIndex systemPrompt;
    private final LinkHosts links;
    private final PhishingAsks phishing;
    private final Set<ReplyLanguage> languages;

    private OutgoingTextCheck(int maxLength, KeyLikeText secrets, VerbatimIndex systemPrompt, LinkHosts links,
            PhishingAsks phishing, Set<ReplyLanguage> languages) {
        this.maxLength = maxLength;
        this.secrets = secrets;
        this.systemPrompt = systemPrompt;
        this.links = links;
        this.phishing = phishing;
        this.languages = Set.copyOf(languages);
    }

    /** A check for the channel's length limit, without secrets or a system prompt yet. */
    public static OutgoingTextCheck forChannel(Channel channel) {
        return new OutgoingTextCheck(channel.maxLength(), KeyLikeText.NONE, VerbatimIndex.EMPTY, LinkHosts.ANY,
                PhishingAsks.NO_PUBLISHED_KEYS, Set.of());
    }

    /** A copy that also refuses these secret values (tokens, keys, passwords); blank and short ones are ignored. */
    public OutgoingTextCheck withSecrets(Collection<String> values) {
        return new OutgoingTextCheck(maxLength, secrets.withSecrets(values), systemPrompt, links, phishing, languages);
    }

    /**
     * A copy that knows the tenant's own texts (company context, canned messages): the tokens and PIX keys they carry
     * may be repeated, and links may go only to the allowed hosts, by default the hosts these texts link to.
     *
     * @param allowedLinkHosts the hosts links may go to (and their subdomains), or null for the texts' own
     */
    public OutgoingTextCheck withTenantTexts(Collection<String> tenantTexts,
            @Nullable Collection<String> allowedLinkHosts) {
        LinkHosts allowed = (allowedLinkHosts != null) ? LinkHosts.allowing(allowedLinkHosts)
                : LinkHosts.foundIn(tenantTexts);
        return new OutgoingTextCheck(maxLength, secrets.knowing(tenantTexts), systemPrompt, allowed,
                PhishingAsks.publishedIn(tenantTexts), languages);
    }

    /** A copy that refuses a text clearly in another language than these (none: any language). */
    public OutgoingTextCheck inLanguages(Set<ReplyLanguage> allowed) {
        return new OutgoingTextCheck(maxLength, secrets, systemPrompt, links, phishing, allowed);
    }

    /** The languages a text may be in; empty when any may. */
    public Set<ReplyLanguage> languages() {
        return languages;
    }

    /**
     * A copy that refuses large verbatim pieces of the rendered system prompt, leaving out the quotable texts
     * (canned messages, company context, business hours) that the customer may be told anyway.
     */
    public OutgoingTextCheck withSystemPrompt(String renderedSystemPrompt, Collection<String> quotable) {
        return new OutgoingTextCheck(maxLength, secrets, VerbatimIndex.of(renderedSystemPrompt, quotable), links,
                phishing, languages);
    }

    /**
     * A copy that refuses large verbatim pieces of the rendered system prompt of a reply step, leaving out what it
     * quotes from the tenant and its canned messages (name, context, hours, canned texts).
     */
    public OutgoingTextCheck withSystemPrompt(String renderedSystemPrompt, TenantProfile tenant, CannedMenu canned) {
        return withSystemPrompt(renderedSystemPrompt, tenantTexts(tenant, canned));
    }

    /** What the tenant itself tells customers: its name, company context, hours and canned messages. */
    static List<String> tenantTexts(TenantProfile tenant, CannedMenu canned) {
        List<String> texts = new ArrayList<>();
        texts.add(tenant.companyName());
        texts.add(tenant.companyContext());
        texts.add(tenant.businessHours().describe());
        canned.options().forEach(option -> texts.add(option.text()));
        return texts;
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
        return guardProblemWith(text);
    }

    /** The output guard's refusal of the text, its {@link GuardFailure} code first, or empty. */
    private Optional<String> guardProblemWith(String text) {
        Optional<String> secret = secrets.problemWith(text);
        if (secret.isPresent()) {
            return Optional.of(GuardFailure.SECRET.because(secret.get()));
        }
        if (systemPrompt.leakIn(KeyLikeText.squeeze(text))) {
            return Optional.of(GuardFailure.PROMPT_LEAK.because("text repeats the system prompt"));
        }
        Optional<String> host = links.unlistedIn(text);
        if (host.isPresent()) {
            return Optional.of(GuardFailure.LINK.because("link to a host not allowed: "
                    + UntrustedText.truncate(host.get(), 60, "…")));
        }
        Optional<String> ask = phishing.problemWith(text);
        if (ask.isPresent()) {
            return Optional.of(GuardFailure.PHISHING.because(ask.get()));
        }
        if (!languages.isEmpty()) {
            Optional<ReplyLanguage> language = LanguageGuess.of(text);
            if (language.isPresent() && !languages.contains(language.get())) {
                return Optional.of(GuardFailure.LANGUAGE.because("text in " + language.get().tag() + ", expected "
                        + languages.stream().map(ReplyLanguage::tag).sorted().toList()));
            }
        }
        return Optional.empty();
    }

    /**
     * The reason recorded when a text failed: a guard refusal keeps its code first
     * ({@code output-guard:link: ... (AI reply)}), any other problem reads "AI reply failed the check: ...".
     */
    static String failure(String what, String problem) {
        return problem.startsWith(GuardFailure.PREFIX) ? problem + " (" + what + ")"
                : what + " failed the check: " + problem;
    }

    /** Whether the text may be sent. */
    public boolean passes(String text) {
        return problemWith(text).isEmpty();
    }

    /**
     * The windows of {@value #VERBATIM_MIN} characters of the squeezed system prompt, by rolling hash; the quotable
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
                String folded = KeyLikeText.squeeze(text);
                if (folded.length() >= MIN_QUOTABLE) {
                    cut.add(folded);
                }
            }
            cut.sort(Comparator.comparingInt(String::length).reversed());
            String folded = KeyLikeText.squeeze(prompt);
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
