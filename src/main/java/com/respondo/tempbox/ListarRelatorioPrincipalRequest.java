package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarRelatorioPrincipal}: lists the main report of a user; null fields are left out.
 */
public record ListarRelatorioPrincipalRequest(
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Usuario") @Nullable String usuario) {
}
