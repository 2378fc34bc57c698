package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarMensagensPadrao}: lists the company's canned messages; null fields are left out.
 */
public record ListarMensagensPadraoRequest(
        @JsonProperty("Empresa") @Nullable String empresa) {
}
