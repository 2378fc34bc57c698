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
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
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

    @Bean
    SecurityWebFilterChain adminSecurity(ServerHttpSecurity http) {
        return http
            .authorizeExchange(exchanges -> exchanges
                .pathMatchers("/sandbox/**").permitAll()
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
