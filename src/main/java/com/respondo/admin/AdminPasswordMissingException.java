package com.respondo.admin;

/**
 * Start-up stops because the admin API and the actuator would have no password: outside the sandbox profile
 * {@code respondo.admin.password} ({@code ADMIN_PASSWORD}) must be set. Reported by
 * {@link AdminPasswordFailureAnalyzer} as one message.
 */
class AdminPasswordMissingException extends AdminPasswordException {

    AdminPasswordMissingException(String user) {
        super("ADMIN_PASSWORD (respondo.admin.password) is not set: outside the sandbox the admin API needs one", user);
    }

    @Override
    String description() {
        return """
                The admin API and the actuator are protected by HTTP Basic (user '%s'), and no password is set: \
                respondo.admin.password is empty. Only the sandbox profile has a default (a public one).""".formatted(user());
    }

    @Override
    String action() {
        return """
                Set ADMIN_PASSWORD (or respondo.admin.password) to the password of the admin user, e.g. \
                ADMIN_PASSWORD=... java -jar respondo.jar; or run the sandbox profile to try Respondo without one.""";
    }
}
