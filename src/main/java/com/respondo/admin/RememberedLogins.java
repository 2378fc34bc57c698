package com.respondo.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;

/**
 * Remembers for a few minutes the logins that passed the password check, so that the dashboard's polling and
 * scripts do not pay BCrypt's cost (tens of milliseconds of CPU at cost 10) on every request. What is kept is an
 * HMAC-SHA256 of the user name and password under a key drawn at start-up (the password itself is in memory anyway,
 * {@code ADMIN_PASSWORD}); a wrong password is never remembered and always pays the full check.
 */
final class RememberedLogins implements ReactiveAuthenticationManager {

    /** More than any real admin's clients; beyond it, everything is forgotten at once. */
    private static final int MAX_REMEMBERED = 64;

    private final ReactiveAuthenticationManager delegate;

    private final Duration remembered;

    private final Clock clock;

    private final SecretKeySpec key;

    private final Map<String, Login> logins = new ConcurrentHashMap<>();

    RememberedLogins(ReactiveAuthenticationManager delegate, Duration remembered, Clock clock) {
        this.delegate = delegate;
        this.remembered = remembered;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return this.delegate.authenticate(authentication);
        }
        String digest = digest(authentication.getName(), credentials.toString());
        Instant now = this.clock.instant();
        Login known = this.logins.get(digest);
        if (known != null && known.until().isAfter(now)) {
            return Mono.just(known.authentication());
        }
        return this.delegate.authenticate(authentication).doOnNext(verified -> {
            if (this.logins.size() >= MAX_REMEMBERED) {
                this.logins.clear();
            }
            this.logins.put(digest, new Login(verified, now.plus(this.remembered)));
        });
    }

    private String digest(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(this.key);
            return HexFormat.of().formatHex(mac.doFinal((user + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    private record Login(Authentication authentication, Instant until) {
    }
}
