package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One TempBox company that Respondo works for, with the token its calls carry; {@link #toString()} never shows
 * the token.
 *
 * @param id short slug that names the tenant in the admin API, the jobs and the logs (e.g. {@code loja-aurora})
 * @param empresa the company's GUID ({@code Empresa} on the wire)
 * @param token the company's secret API token
 * @param atendente the GUID of the company's bot attendant, the user Respondo acts as
 * @param name display name; the id when not given
 */
public record Tenant(
        @NotNull @Pattern(regexp = SLUG, message = "must be a short slug (lower-case letters, digits, '-')") String id,
        @NotNull @Pattern(regexp = GUID, message = "must be a GUID") String empresa,
        @NotBlank String token,
        @NotNull @Pattern(regexp = GUID, message = "must be a GUID") String atendente,
        String name) {

    static final String SLUG = "[a-z0-9][a-z0-9-]{0,39}";

    static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public Tenant {
        name = hasText(name) ? name : id;
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "Tenant[id=" + id + ", name=" + name + ", empresa=" + empresa + ", atendente=" + atendente
                + ", token=***]";
    }
}
