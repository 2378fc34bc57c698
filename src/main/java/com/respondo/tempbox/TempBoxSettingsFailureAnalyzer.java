package com.respondo.tempbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a missing or invalid {@code respondo.tempbox} setting into one start-up message that names each property
 * (and, for the single-tenant set-up, its environment variable) and never shows a token. Registered in
 * {@code META-INF/spring.factories}, ahead of Spring Boot's own binding analyzers.
 */
class TempBoxSettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

    private static final String PREFIX = "respondo.tempbox";

    private static final Map<String, String> ENVIRONMENT = Map.of(
            PREFIX + ".base-url", "TEMPBOX_BASE_URL",
            PREFIX + ".tenants[0].token", "TEMPBOX_TOKEN",
            PREFIX + ".tenants[0].empresa", "TEMPBOX_EMPRESA",
            PREFIX + ".tenants[0].atendente", "TEMPBOX_ATENDENTE",
            PREFIX + ".tenants[0].id", "TEMPBOX_TENANT_ID",
            PREFIX + ".tenants[0].name", "TEMPBOX_NAME");

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        String name = cause.getName().toString();
        if (!name.equals(PREFIX) && !name.startsWith(PREFIX + ".")) {
            return null;
        }
        List<String> problems = (cause.getCause() instanceof BindValidationException validation)
                ? validationProblems(validation) : List.of(conversionProblem(name, cause));
        StringBuilder description = new StringBuilder("The TempBox settings are missing or invalid:\n");
        problems.forEach(problem -> description.append("\n    ").append(problem));
        return new FailureAnalysis(description.toString(), """
                Set the properties above. For one tenant (profile prod) the environment variables \
                TEMPBOX_BASE_URL, TEMPBOX_TOKEN, TEMPBOX_EMPRESA and TEMPBOX_ATENDENTE suffice; for several, \
                list each under respondo.tempbox.tenants[n] with id, empresa, token, atendente and name.""", cause);
    }

    private static List<String> validationProblems(BindValidationException validation) {
        List<String> problems = new ArrayList<>();
        for (ObjectError error : validation.getValidationErrors()) {
            String property = (error instanceof FieldError field) ? propertyName(field.getField()) : PREFIX;
            Object rejected = (error instanceof FieldError field) ? field.getRejectedValue() : null;
            problems.add(property + environmentHint(property) + ": " + reason(error, rejected)
                    + shownValue(property, rejected));
        }
        problems.sort(null);
        return problems;
    }

    /** The constraint's message, led by "missing" when no value was given at all. */
    private static @Nullable String reason(ObjectError error, @Nullable Object rejected) {
        boolean missing = rejected == null || (rejected instanceof CharSequence text && text.toString().isBlank());
        if (!missing || "NotEmpty".equals(error.getCode())) {
            return error.getDefaultMessage();
        }
        boolean presence = "NotNull".equals(error.getCode()) || "NotBlank".equals(error.getCode());
        return presence ? "missing" : "missing (" + error.getDefaultMessage() + ")";
    }

    private static String conversionProblem(String property, BindException cause) {
        Object value = (cause.getProperty() != null) ? cause.getProperty().getValue() : null;
        return property + environmentHint(property) + ": cannot be read as "
                + cause.getTarget().getType().resolve(Object.class).getSimpleName() + shownValue(property, value);
    }

    /** The property of a validation error's field path ({@code tenants[0].baseUrl} → {@code tenants[0].base-url}). */
    private static String propertyName(String field) {
        StringBuilder dashed = new StringBuilder(PREFIX).append('.');
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                dashed.append('-').append(Character.toLowerCase(c));
            }
            else {
                dashed.append(c);
            }
        }
        return dashed.toString();
    }

    private static String environmentHint(String property) {
        String variable = ENVIRONMENT.get(property);
        return (variable != null) ? " (environment variable " + variable + ")" : "";
    }

    private static String shownValue(String property, @Nullable Object value) {
        boolean scalar = value instanceof CharSequence || value instanceof Number;
        if (!scalar || property.toLowerCase().endsWith("token") || value.toString().isEmpty()) {
            return "";
        }
        return " (value \"" + SecretMasking.excerpt(value.toString(), null, 80) + "\")";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
