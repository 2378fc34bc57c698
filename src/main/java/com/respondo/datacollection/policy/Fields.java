package com.respondo.datacollection.policy;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Each {@link CustomerData} value checked against its own Bean Validation constraints before it is kept. */
final class Fields {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Fields() {
    }

    /** The value when it satisfies the constraints of that CustomerData property (e.g. {@code @CPF}), else null. */
    static @Nullable String valid(String property, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return VALIDATOR.validateValue(CustomerData.class, property, value).isEmpty() ? value : null;
    }
}
