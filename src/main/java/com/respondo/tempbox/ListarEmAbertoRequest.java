package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarEmAberto}: lists the company's open conversations; null fields are left out.
 */
public record ListarEmAbertoRequest(
        @JsonProperty("Empresa") @Nullable String empresa) {
}
