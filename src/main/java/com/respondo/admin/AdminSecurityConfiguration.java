package com.respondo.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * HTTP Basic for everything the application serves (the admin API, its pages and API docs, the actuator) except
 * health and info, and the sandbox, which serves its own token-checked endpoints; protection against guessed
 * passwords and cross-site requests; and what the actuator must never show ({@link #secretsSanitizer()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurityConfiguration {

    /** A URL with a password (user:password@host) or a secret query parameter. */
    private static final Pattern SECRET_IN_A_VALUE = Pattern.compile(
            ".*(?:://[^/\\s:@]+:[^/\\s@]+@|[?&;](?:password|pwd|passwd|secret|token|key|apikey|api_key|api-key)=).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * The sandbox's own chain, matched first: its endpoints check their own tokens, so no authentication, session,
     * CSRF, request cache, header or authorization work is done for them (the sandbox answers every call of a
     * benchmark run).
     */
    /** How long a login that passed the BCrypt check is taken for good without checking again. */
    private static final Duration REMEMBER_LOGINS = Duration.ofMinutes(5);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain sandboxSecurity(ServerHttpSecurity http) {
        return http
            .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/sandbox/**"))
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .headers(ServerHttpSecurity.HeaderSpec::disable)
            .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
            .build();
    }

    /**
     * Authentications and authorizations are observed; the filter chains' passage, one observation per filter and
     * request (every sandbox call included), is not: the server's own http.server.requests times each request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    /**
     * Everything else: HTTP Basic, throttled per client address ({@link LoginThrottleFilter}); state-changing requests
     * another site's page made a browser send are refused ({@link CrossSiteRequestFilter}), and those of a browser
     * need the CSRF token the dashboard page hands out in the {@code XSRF-TOKEN} cookie and its script sends back in
     * the {@code X-XSRF-TOKEN} header. Scripts with Basic credentials and no browser headers need no token.
     */
    @Bean
    SecurityWebFilterChain adminSecurity(ServerHttpSecurity http, AdminProperties properties,
            MapReactiveUserDetailsService users, PasswordEncoder encoder) {
        LoginThrottleFilter throttle = new LoginThrottleFilter(
                new LoginThrottle(properties.loginFailures(), properties.loginLockout(), Clock.systemUTC()),
                properties.user());
        UserDetailsRepositoryReactiveAuthenticationManager passwords =
                new UserDetailsRepositoryReactiveAuthenticationManager(users);
        passwords.setPasswordEncoder(encoder);
        CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http
            .authorizeExchange(exchanges -> exchanges
                .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .anyExchange().authenticated())
            .httpBasic(basic -> basic.authenticationManager(
                    throttle.guard(new RememberedLogins(passwords, REMEMBER_LOGINS, Clock.systemUTC()))))
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .csrf(csrf -> csrf.csrfTokenRepository(tokens)
                // The token as the cookie holds it: the header is not readable by another site, so BREACH's masking
                // (the default, Xor handler) is of no use here.
                .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                .requireCsrfProtectionMatcher(CrossSiteRequestFilter.FROM_A_BROWSER))
            .addFilterBefore(new CrossSiteRequestFilter(), SecurityWebFiltersOrder.CSRF)
            .addFilterBefore(throttle, SecurityWebFiltersOrder.HTTP_BASIC)
            .addFilterAfter(DashboardRoutes::issueCsrfToken, SecurityWebFiltersOrder.CSRF)
            .build();
    }

    /**
     * Masks secrets in {@code /actuator/env} and {@code /actuator/configprops}, whatever their {@code show-values}:
     * every key that names one (ending in password, secret, key or token, or containing credentials: the admin
     * password, {@code spring.ai.openai.api-key}, the tenants' tokens, {@code ADMIN_PASSWORD} and the like in the
     * environment), the JVM command line and {@code SPRING_APPLICATION_JSON} (which may carry them), and any value
     * that holds a password or token in a URL.
     */
    @Bean
    SanitizingFunction secretsSanitizer() {
        return SanitizingFunction.sanitizeValue()
            .ifLikelyCredential()
            .ifLikelySensitiveProperty()
            .ifVcapServices()
            .ifValueStringMatches(SECRET_IN_A_VALUE);
    }

    @Bean
    PasswordEncoder adminPasswordEncoder() {
        // BCrypt's default cost (10): should the hash ever be read, it does not give the password away quickly.
        // RememberedLogins spares a client that logged in the cost of checking again on every request.
        return new BCryptPasswordEncoder();
    }

    @Bean
    AdminPassword adminPassword(AdminProperties properties, Environment env) {
        return AdminPassword.of(properties, env);
    }

    @Bean
    MapReactiveUserDetailsService adminUsers(AdminProperties properties, AdminPassword password,
            PasswordEncoder encoder) {
        return new MapReactiveUserDetailsService(User.withUsername(properties.user())
            .password(encoder.encode(password.value()))
            .roles("ADMIN")
            .build());
    }

    @Bean
    DashboardAnnouncement dashboardAnnouncement(AdminProperties properties, AdminPassword password) {
        return new DashboardAnnouncement(properties, password);
    }
}
