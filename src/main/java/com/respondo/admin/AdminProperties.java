package com.respondo.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Who may use the admin API and the actuator: one user, {@code admin} by default, with the password of
 * {@code ADMIN_PASSWORD}.
 *
 * @param user the user name of HTTP Basic
 * @param password the password; when blank the sandbox generates one and other profiles refuse to start
 */
@Validated
@ConfigurationProperties("respondo.admin")
public record AdminProperties(@DefaultValue("admin") @NotBlank String user, @Nullable String password) {

    @Override
    public String toString() {
        return "AdminProperties[user=" + user + ", password=***]";
    }
}
