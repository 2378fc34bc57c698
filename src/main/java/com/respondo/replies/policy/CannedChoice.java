package com.respondo.replies.policy;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The LLM's answer to {@code bot-choice}: which canned message answers the customer, and how sure it is.
 *
 * @param option the 1-based number of the canned message in the listed order, 0 when none fits
 * @param confidence how sure, from 0 to 1
 * @param reason why, in a few words
 */
public record CannedChoice(
        @JsonProperty(value = "option", required = true)
        @JsonPropertyDescription("Número (a partir de 1) da mensagem padrão que responde o cliente; 0 se nenhuma serve.")
        @NotNull @Min(0) @Nullable Integer option,

        @JsonProperty(value = "confidence", required = true)
        @JsonPropertyDescription("Confiança na escolha, de 0 a 1.")
        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") @Nullable Double confidence,

        @JsonProperty(value = "reason", required = true)
        @JsonPropertyDescription("O motivo da escolha, em poucas palavras.")
        @Nullable String reason) {
}
