package com.respondo.admin;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Applies the {@link LoginThrottle} to HTTP Basic: a request with credentials from an address that is locked out is
 * answered 429 (with {@code Retry-After}) before its password is checked; the client's address travels in the
 * Reactor context to {@link #guard(ReactiveAuthenticationManager) the authentication manager}, which records each
 * failed and successful login. A failed login is logged with the address, never the password (the user name only
 * when it is the admin's: a mistyped one may be a password).
 */
final class LoginThrottleFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private static final String CLIENT_ADDRESS = LoginThrottleFilter.class.getName() + ".clientAddress";

    private final LoginThrottle throttle;

    private final String adminUser;

    LoginThrottleFilter(LoginThrottle throttle, String adminUser) {
        this.throttle = throttle;
        this.adminUser = adminUser;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String address = clientAddress(request);
        if (request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            Duration left = this.throttle.refusedFor(address);
            if (!left.isZero()) {
                ServerHttpResponse response = exchange.getResponse();
                response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, left.toSeconds() + 1)));
                return response.setComplete();
            }
        }
        return chain.filter(exchange).contextWrite(context -> context.put(CLIENT_ADDRESS, address));
    }

    /** The authentication manager, recording each login's outcome for the client's address. */
    ReactiveAuthenticationManager guard(ReactiveAuthenticationManager delegate) {
        return authentication -> Mono.deferContextual(context -> {
            String address = context.getOrDefault(CLIENT_ADDRESS, "an unknown address");
            return delegate.authenticate(authentication)
                .doOnNext(success -> this.throttle.succeeded(address))
                .doOnError(AuthenticationException.class, failure -> failed(address, authentication.getName()));
        });
    }

    private void failed(String address, String user) {
        LoginThrottle.Failures failures = this.throttle.failed(address);
        String who = this.adminUser.equals(user) ? "user '" + user + "'" : "an unknown user name";
        log.warn("Failed admin login for {} from {} ({} in a row)", who, address, failures.count());
        if (failures.lockedUntil() != null) {
            log.warn("Admin logins from {} refused until {} after {} failures in a row", address,
                    failures.lockedUntil(), failures.count());
        }
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "an unknown address";
        }
        return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
