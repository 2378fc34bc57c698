package com.respondo.admin;

/**
 * Start-up stops because of the admin password ({@code respondo.admin.password}, {@code ADMIN_PASSWORD}); reported
 * by {@link AdminPasswordFailureAnalyzer} as one message. Never carries the password.
 */
abstract class AdminPasswordException extends RuntimeException {

    private final String user;

    AdminPasswordException(String message, String user) {
        super(message);
        this.user = user;
    }

    /** The admin user whose password is refused. */
    String user() {
        return this.user;
    }

    /** What is wrong, for the start-up failure report. */
    abstract String description();

    /** What to do, for the start-up failure report. */
    abstract String action();
}
