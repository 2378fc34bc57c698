package com.respondo.replies.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import jakarta.validation.constraints.NotBlank;

/**
 * The LLM's answer to {@code initial-response}: the greeting to send.
 *
 * @param message the greeting, in pt-BR
 */
public record Greeting(
        @JsonProperty(value = "message", required = true)
        @JsonPropertyDescription("A saudação a enviar ao cliente, em português do Brasil.")
        @NotBlank String message) {
}
