package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code Consultar}: reads one conversation by its {@code Hash}; null fields are left out.
 */
public record ConsultarRequest(
        @JsonProperty("Hash") @Nullable String hash) {
}
