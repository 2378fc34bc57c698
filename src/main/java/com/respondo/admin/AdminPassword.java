package com.respondo.admin;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The admin user's password and where it comes from: {@code respondo.admin.password} ({@code ADMIN_PASSWORD}), or,
 * in the sandbox profile when that is not set, the public {@value #SANDBOX_DEFAULT} the README gives. Outside the
 * sandbox a password is required, and the sandbox's is refused like any other known one; the {@code prod} profile
 * also refuses one shorter than {@value AdminPasswordTooShortException#MIN_LENGTH} characters.
 */
final class AdminPassword {

    /** The sandbox's password when none is set: public (the README says it), so only the sandbox accepts it. */
    static final String SANDBOX_DEFAULT = "respondo-sandbox";

    private final String value;

    private final boolean sandboxDefault;

    private AdminPassword(String value, boolean sandboxDefault) {
        this.value = value;
        this.sandboxDefault = sandboxDefault;
    }

    /** The password in force for these settings, or the reason start-up stops. */
    static AdminPassword of(AdminProperties properties, Environment environment) {
        String configured = properties.password();
        boolean sandbox = environment.matchesProfiles("sandbox") && !environment.matchesProfiles("prod");
        if (!StringUtils.hasText(configured)) {
            if (!sandbox) {
                throw new AdminPasswordMissingException(properties.user());
            }
            return new AdminPassword(SANDBOX_DEFAULT, true);
        }
        if (!sandbox && SANDBOX_DEFAULT.equals(configured.strip())) {
            throw new AdminPasswordPublicException(properties.user());
        }
        if (environment.matchesProfiles("prod") && configured.length() < AdminPasswordTooShortException.MIN_LENGTH) {
            throw new AdminPasswordTooShortException(properties.user());
        }
        return new AdminPassword(configured, false);
    }

    String value() {
        return this.value;
    }

    /** Where the password comes from, for the start-up line: never a password the operator chose. */
    String source() {
        return this.sandboxDefault ? "password '" + SANDBOX_DEFAULT + "' (the sandbox's; ADMIN_PASSWORD sets another)"
                : "the password of ADMIN_PASSWORD (respondo.admin.password)";
    }

    @Override
    public String toString() {
        return "AdminPassword[***]";
    }
}
