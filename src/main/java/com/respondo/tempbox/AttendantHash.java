package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Hash} of another attendant of the bot's teams ({@code ListarHashesOutrosAtendentesEquipesAtendente},
 * {@code ListarHashesOutrosHumanosEquipesAtendente}); an attendant's Hash is its id.
 */
public record AttendantHash(
        @JsonProperty("Hash") @Nullable String hash) {
}
