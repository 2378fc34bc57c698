package com.respondo.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing or too short admin password into Spring Boot's start-up failure report: what is wrong and how to
 * set it, instead of a wall of stack traces. Registered in {@code META-INF/spring.factories}.
 */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
