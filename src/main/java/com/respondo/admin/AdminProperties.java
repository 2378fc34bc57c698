package com.respondo.admin;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Who may use the admin API and the actuator: one user, {@code admin} by default, with the password of
 * {@code ADMIN_PASSWORD}; and how guessing that password is slowed down.
 *
 * @param user the user name of HTTP Basic
 * @param password the password; when blank the sandbox uses its public {@code respondo-sandbox} and other profiles
 * refuse to start; outside the sandbox that public one is refused, and the {@code prod} profile also refuses one
 * shorter than 12 characters
 * @param loginFailures how many failed logins in a row from one client address lock it out
 * @param loginLockout how long such an address is answered 429 whatever its password; each further failure after a
 * lockout doubles it, up to 16 times
 */
@Validated
@ConfigurationProperties("respondo.admin")
public record AdminProperties(@DefaultValue("admin") @NotBlank String user, @Nullable String password,
        @DefaultValue("5") @Min(1) int loginFailures, @DefaultValue("1m") @NotNull Duration loginLockout) {

    @Override
    public String toString() {
        return "AdminProperties[user=" + user + ", password=***, loginFailures=" + loginFailures + ", loginLockout="
                + loginLockout + "]";
    }
}
