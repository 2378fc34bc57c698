package com.respondo.admin;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.util.StringUtils;

/**
 * HTTP Basic for everything the application serves (the admin API, its pages and API docs, the actuator) except
 * health and info, and the sandbox, which serves its own token-checked endpoints; and what the actuator must never
 * show ({@link #secretsSanitizer()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);

    /** A URL with a password (user:password@host) or a secret query parameter. */
    private static final Pattern SECRET_IN_A_VALUE = Pattern.compile(
            ".*(?:://[^/\\s:@]+:[^/\\s@]+@|[?&;](?:password|pwd|passwd|secret|token|key|apikey|api_key|api-key)=).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * The sandbox's own chain, matched first: its endpoints check their own tokens, so no authentication, session,
     * CSRF, request cache, header or authorization work is done for them (the sandbox answers every call of a
     * benchmark run).
     */
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

    @Bean
    SecurityWebFilterChain adminSecurity(ServerHttpSecurity http) {
        return http
            .authorizeExchange(exchanges -> exchanges
                .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .anyExchange().authenticated())
            .httpBasic(Customizer.withDefaults())
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
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
        // The password lives in memory already (ADMIN_PASSWORD); a low cost keeps every request cheap.
        return new BCryptPasswordEncoder(4);
    }

    @Bean
    MapReactiveUserDetailsService adminUsers(AdminProperties properties, PasswordEncoder encoder, Environment env) {
        String password = properties.password();
        if (!StringUtils.hasText(password)) {
            if (!env.matchesProfiles("sandbox")) {
                throw new AdminPasswordMissingException(properties.user());
            }
            password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            log.warn("Sandbox admin password for user '{}': {} (set ADMIN_PASSWORD to choose one)",
                    properties.user(), password);
        }
        return new MapReactiveUserDetailsService(
                User.withUsername(properties.user()).password(encoder.encode(password)).roles("ADMIN").build());
    }
}
