package com.respondo.admin;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * HTTP Basic for the admin API and the actuator (health and info stay open); the sandbox serves its own
 * token-checked endpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);

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
                throw new IllegalStateException(
                        "ADMIN_PASSWORD (respondo.admin.password) is not set: outside the sandbox the admin API needs one");
            }
            password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            log.warn("Sandbox admin password for user '{}': {} (set ADMIN_PASSWORD to choose one)",
                    properties.user(), password);
        }
        return new MapReactiveUserDetailsService(
                User.withUsername(properties.user()).password(encoder.encode(password)).roles("ADMIN").build());
    }
}
