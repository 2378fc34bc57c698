package com.respondo.datacollection.policy;

import java.util.List;
import java.util.Objects;

import org.hibernate.validator.constraints.br.CNPJ;
import org.hibernate.validator.constraints.br.CPF;
import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.respondo.datacollection.Sentiment;
import com.respondo.datacollection.Urgency;

/**
 * Customer data extracted from a conversation and validated: what Respondo stores, with the messages it came from.
 * A value that did not validate is absent (null), never stored half-right.
 *
 * @param name the customer's name, at most 120 characters
 * @param email the e-mail address, lower case
 * @param phone the phone number as "+" and digits: "+55" with DDD for Brazilian numbers (e.g. "+5511987654321")
 * @param cpf the CPF, 11 digits with valid check digits
 * @param cnpj the CNPJ, 14 digits with valid check digits
 * @param cep the CEP, 8 digits
 * @param intent what the customer wants, at most 200 characters
 * @param urgency how urgent
 * @param sentiment the customer's mood
 * @param summary a short summary, at most 500 characters
 * @param sourceMessageIds the customer messages the data was extracted from
 */
public record CustomerData(
        @Size(max = 120) @Nullable String name,
        @Email @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 254) @Nullable String email,
        @Pattern(regexp = "\\+\\d{8,15}") @Nullable String phone,
        @CPF @Pattern(regexp = "\\d{11}") @Nullable String cpf,
        @CNPJ @Pattern(regexp = "\\d{14}") @Nullable String cnpj,
        @Pattern(regexp = "\\d{8}") @Nullable String cep,
        @Size(max = 200) @Nullable String intent,
        @Nullable Urgency urgency,
        @Nullable Sentiment sentiment,
        @Size(max = 500) @Nullable String summary,
        @NotEmpty List<String> sourceMessageIds) {

    public CustomerData {
        sourceMessageIds = List.copyOf(Objects.requireNonNull(sourceMessageIds, "sourceMessageIds"));
    }

    /** Whether nothing at all was extracted. */
    public boolean isEmpty() {
        return name == null && email == null && phone == null && cpf == null && cnpj == null && cep == null
                && intent == null && urgency == null && sentiment == null && summary == null;
    }
}
