package com.respondo.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing admin password into Spring Boot's start-up failure report: what is missing and how to set it,
 * instead of a wall of stack traces. Registered in {@code META-INF/spring.factories}.
 */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordMissingException cause) {
        return new FailureAnalysis("""
                The admin API and the actuator are protected by HTTP Basic (user '%s'), and no password is set: \
                respondo.admin.password is empty. Only the sandbox profile generates one.""".formatted(cause.user()),
                """
                Set ADMIN_PASSWORD (or respondo.admin.password) to the password of the admin user, e.g. \
                ADMIN_PASSWORD=... java -jar respondo.jar; or run the sandbox profile to try Respondo without one.""",
                cause);
    }
}
