package com.respondo.replies.policy;

import com.respondo.conversation.UntrustedText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The hosts a text links to, and whether each is allowed: a link with a scheme ({@code https://host/...}), one
 * starting with {@code www.}, or a bare domain ending in a common top-level domain written in lower case
 * ({@code golpe.com.br/pix}); dots written {@code [.]}, {@code (.)}, {@code (dot)} or {@code (ponto)} count as dots.
 * E-mail addresses are not links. A host is allowed when it is one of the allowed hosts or a subdomain of one
 * ({@code www.} ignored).
 */
final class LinkHosts {

    private static final String TLD = "com|net|org|br|io|co|me|ly|app|dev|info|biz|xyz|online|site|store|shop|top"
            + "|click|link|live|club|ru|cn|tk|ml|ga|cf|gq|pw|cc|us|uk|de|fr|es|pt|it|eu|ai|gg|to|sh|gl|in|tv|ws|page"
            + "|ar|mx|cl|vip|work|tech|fun|icu|buzz|bet|gov|edu";
    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)\\bhttps?://([^\\s/?#:@\"'<>()]+)");
    private static final Pattern WWW = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}@.-])(www\\.[a-z0-9-]++(?:\\.[a-z0-9-]++){1,10})");
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\p{N}@./-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
            + "[A-Za-z0-9])?\\.){1,10}(?:" + TLD + "))(?![\\p{L}\\p{N}@-])");
    private static final Pattern DISGUISED_DOT = Pattern.compile(
            "(?i)\\s?(?:\\[\\.]|\\(\\.\\)|\\[dot]|\\(dot\\)|\\[ponto]|\\(ponto\\))\\s?");

    static final LinkHosts ANY = new LinkHosts(null);

    private final Set<String> allowed;
    private final boolean any;

    private LinkHosts(@Nullable Set<String> allowed) {
        this.any = allowed == null;
        this.allowed = any ? Set.of() : Set.copyOf(allowed);
    }

    /** Links to these hosts (and their subdomains) only. */
    static LinkHosts allowing(Collection<String> hosts) {
        Set<String> normal = new LinkedHashSet<>();
        for (String host : hosts) {
            normal.add(normal(host));
        }
        return new LinkHosts(normal);
    }

    /** Links to the hosts these texts link to (the tenant's company context, its canned messages) only. */
    static LinkHosts foundIn(Collection<String> texts) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String text : texts) {
            hosts.addAll(in(text));
        }
        return allowing(hosts);
    }

    /** The hosts the text links to, lower case, in order. */
    static Set<String> in(String text) {
        String plain = DISGUISED_DOT.matcher(UntrustedText.clean(text)).replaceAll(".");
        Set<String> hosts = new LinkedHashSet<>();
        for (Pattern pattern : new Pattern[] { WITH_SCHEME, WWW, BARE }) {
            Matcher link = pattern.matcher(plain);
            while (link.find()) {
                hosts.add(normal(link.group(1)));
            }
        }
        return hosts;
    }

    /** The first host the text links to that is not allowed, or empty. */
    Optional<String> unlistedIn(String text) {
        if (any) {
            return Optional.empty();
        }
        for (String host : in(text)) {
            if (!allowed(host)) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    private boolean allowed(String host) {
        for (String listed : allowed) {
            if (host.equals(listed) || host.endsWith("." + listed)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        while (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
