package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarUltimasMensagens}: lists the latest messages of the company; null fields are left out.
 */
public record ListarUltimasMensagensRequest(
        @JsonProperty("Empresa") @Nullable String empresa) {
}
