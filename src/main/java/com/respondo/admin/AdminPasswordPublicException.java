package com.respondo.admin;

/**
 * Start-up outside the sandbox stops because the admin password is the sandbox's public one
 * ({@value AdminPassword#SANDBOX_DEFAULT}, written in the README). Reported by {@link AdminPasswordFailureAnalyzer}.
 */
class AdminPasswordPublicException extends AdminPasswordException {

    AdminPasswordPublicException(String user) {
        super("ADMIN_PASSWORD (respondo.admin.password) is the sandbox's public password: only the sandbox accepts it",
                user);
    }

    @Override
    String description() {
        return """
                ADMIN_PASSWORD (respondo.admin.password), the password of the admin user '%s', is the sandbox's \
                default, which the README publishes: only the sandbox profile accepts it.""".formatted(user());
    }

    @Override
    String action() {
        return """
                Set ADMIN_PASSWORD (or respondo.admin.password) to a password of your own, e.g. a random one: \
                openssl rand -base64 18.""";
    }
}
