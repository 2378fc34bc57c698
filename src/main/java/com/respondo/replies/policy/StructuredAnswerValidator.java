package com.respondo.replies.policy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** Bean Validation of the LLM's structured answers, without Spring and without an expression language. */
public final class StructuredAnswerValidator {

    private static final Validator VALIDATOR = createValidator();

    private StructuredAnswerValidator() {
    }

    /**
     * The violations of the bean as "property violates @Constraint" strings, sorted; empty when it is valid. The
     * values themselves stay out: they may be long or quote the customer.
     */
    public static Set<String> violations(Object bean) {
        Set<String> messages = new TreeSet<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(bean)) {
            messages.add(violation.getPropertyPath() + " violates @"
                    + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return messages;
    }

    @SuppressWarnings("resource")
    private static Validator createValidator() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new TemplatesAsMessages())
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** Leaves message templates as they are: the violations are reported by constraint, never by message. */
    private static final class TemplatesAsMessages implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }
}
