package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarRecentes}: lists the {@code top} most recent conversations (the reference spells it in
 * lower case); null fields are left out.
 */
public record ListarRecentesRequest(@JsonProperty("top") @Nullable Integer top) {
}
