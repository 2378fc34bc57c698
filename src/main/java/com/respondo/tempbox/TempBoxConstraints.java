package com.respondo.tempbox;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The two checks of {@link TempBoxProperties} that Bean Validation has no annotation for. */
final class TempBoxConstraints {

    private TempBoxConstraints() {
    }

    /** The annotated {@link URI} is absolute, with an http or https scheme and a host. */
    @Documented
    @Constraint(validatedBy = HttpUrlValidator.class)
    @Target({ FIELD, METHOD, PARAMETER })
    @Retention(RUNTIME)
    @interface HttpUrl {

        String message() default "must be an absolute http(s) URL";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** No two tenants of the annotated list share an id. */
    @Documented
    @Constraint(validatedBy = DistinctIdsValidator.class)
    @Target({ FIELD, METHOD, PARAMETER })
    @Retention(RUNTIME)
    @interface DistinctIds {

        String message() default "tenant ids must be distinct";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {

        @Override
        public boolean isValid(@Nullable URI value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String scheme = value.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && value.getHost() != null;
        }
    }

    static final class DistinctIdsValidator implements ConstraintValidator<DistinctIds, List<Tenant>> {

        @Override
        public boolean isValid(@Nullable List<Tenant> tenants, ConstraintValidatorContext context) {
            if (tenants == null) {
                return true;
            }
            Set<String> seen = new HashSet<>();
            return tenants.stream().filter(t -> t != null && t.id() != null).allMatch(t -> seen.add(t.id()));
        }
    }
}
