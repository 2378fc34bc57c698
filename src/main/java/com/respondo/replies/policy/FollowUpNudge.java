package com.respondo.replies.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The LLM's answer to {@code follow-up-nudge}: one short message asking a silent customer whether the bot's last
 * answer helped.
 *
 * @param nudge the message, in pt-BR
 */
public record FollowUpNudge(
        @JsonProperty(value = "nudge", required = true)
        @JsonPropertyDescription("A mensagem curta a enviar ao cliente que não respondeu, em português do Brasil.")
        @NotBlank @Size(max = 400) String nudge) {
}
