package com.respondo.privacy;

import org.hibernate.validator.constraints.br.CNPJ;
import org.hibernate.validator.constraints.br.CPF;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Check digits of Brazilian taxpayer numbers, by Hibernate Validator's {@code @CPF} and {@code @CNPJ} (which also
 * refuse the repeated-digit numbers such as 111.111.111-11).
 */
public final class BrazilianDocuments {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private BrazilianDocuments() {
    }

    /** Whether the text is exactly 11 digits forming a valid CPF. */
    public static boolean isValidCpf(String digits) {
        return digits.length() == 11 && allDigits(digits)
                && VALIDATOR.validateValue(Cpf.class, "value", digits).isEmpty();
    }

    /** Whether the text is exactly 14 digits forming a valid (numeric) CNPJ. */
    public static boolean isValidCnpj(String digits) {
        return digits.length() == 14 && allDigits(digits)
                && VALIDATOR.validateValue(Cnpj.class, "value", digits).isEmpty();
    }

    /** The digits of the text, everything else dropped. */
    public static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private record Cpf(@CPF String value) {
    }

    private record Cnpj(@CNPJ String value) {
    }
}
