package com.respondo.admin;

/**
 * Start-up stops because the admin API and the actuator would have no password: outside the sandbox profile
 * {@code respondo.admin.password} ({@code ADMIN_PASSWORD}) must be set. Reported by
 * {@link AdminPasswordFailureAnalyzer} as one message.
 */
class AdminPasswordMissingException extends RuntimeException {

    private final String user;

    AdminPasswordMissingException(String user) {
        super("ADMIN_PASSWORD (respondo.admin.password) is not set: outside the sandbox the admin API needs one");
        this.user = user;
    }

    /** The admin user that has no password. */
    String user() {
        return this.user;
    }
}
