package com.respondo.admin;

/**
 * Start-up in the {@code prod} profile stops because the admin password is shorter than
 * {@value #MIN_LENGTH} characters: the admin API launches and stops jobs that write to customers, and HTTP Basic
 * can be guessed at (slowly: see {@link LoginThrottle}). Reported by {@link AdminPasswordFailureAnalyzer}.
 */
class AdminPasswordTooShortException extends AdminPasswordException {

    /** The shortest admin password the {@code prod} profile accepts. */
    static final int MIN_LENGTH = 12;

    AdminPasswordTooShortException(String user) {
        super("ADMIN_PASSWORD (respondo.admin.password) is shorter than " + MIN_LENGTH
                + " characters: the prod profile needs a longer one", user);
    }

    @Override
    String description() {
        return """
                ADMIN_PASSWORD (respondo.admin.password), the password of the admin user '%s', is shorter than %d \
                characters, which the prod profile refuses.""".formatted(user(), MIN_LENGTH);
    }

    @Override
    String action() {
        return """
                Set ADMIN_PASSWORD (or respondo.admin.password) to a password of at least %d characters, e.g. a \
                random one: openssl rand -base64 18.""".formatted(MIN_LENGTH);
    }
}
