package com.respondo.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.respondo.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A login that passed the BCrypt check is taken for good for a while without checking again; a wrong password is
 * checked every time. Counted: the BCrypt checks Spring Security's authentication manager makes.
 */
class RememberedLoginsTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

    private final AtomicInteger checks = new AtomicInteger();

    private final RememberedLogins logins = new RememberedLogins(passwords(), Duration.ofMinutes(5), this.clock);

    @Test
    void theRightPasswordIsCheckedOnceWithinTheWindowAndAgainAfterIt() {
        assertThat(login("right-password-0123").getName()).isEqualTo("admin");
        assertThat(login("right-password-0123").isAuthenticated()).isTrue();
        assertThat(this.checks).hasValue(1);

        this.clock.advance(Duration.ofMinutes(5));
        login("right-password-0123");
        assertThat(this.checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTime() {
        login("right-password-0123");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> login("wrong-password-0123"));
        }
        assertThat(this.checks).hasValue(4);
    }

    private Authentication login(String password) {
        return this.logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password))
            .block(Duration.ofSeconds(10));
    }

    private UserDetailsRepositoryReactiveAuthenticationManager passwords() {
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder counted = new PasswordEncoder() {

            @Override
            public String encode(CharSequence rawPassword) {
                return bcrypt.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                RememberedLoginsTests.this.checks.incrementAndGet();
                return bcrypt.matches(rawPassword, encodedPassword);
            }
        };
        MapReactiveUserDetailsService users = new MapReactiveUserDetailsService(User.withUsername("admin")
            .password(bcrypt.encode("right-password-0123"))
            .roles("ADMIN")
            .build());
        UserDetailsRepositoryReactiveAuthenticationManager manager =
                new UserDetailsRepositoryReactiveAuthenticationManager(users);
        manager.setPasswordEncoder(counted);
        return manager;
    }
}
