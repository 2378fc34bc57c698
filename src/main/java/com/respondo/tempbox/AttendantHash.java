package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The {@code Hash} of another attendant of the bot's teams ({@code ListarHashesOutrosAtendentesEquipesAtendente},
 * {@code ListarHashesOutrosHumanosEquipesAtendente}); an attendant's Hash is its id.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AttendantHash(@Nullable String hash) {
}
