package com.respondo.replies.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The LLM's answer to {@code ai-reply}: what to do with the conversation and the text to send.
 *
 * @param action REPLY, HANDOFF, SCHEDULE or CLOSE
 * @param message the text sent to the customer now
 * @param confidence how sure, from 0 to 1
 * @param reason why, in a few words
 * @param followUpMessage for SCHEDULE, the text scheduled at the slot; null otherwise
 * @param slot for SCHEDULE, the 1-based number of the listed free agenda slot; null otherwise
 * @param sources the ids of the numbered knowledge sources the message uses (e.g. {@code politica-de-trocas.md#2});
 *     null or empty when it uses none
 * @param canned the 1-based number of the listed canned message that by itself answers the customer, 0 when none
 *     does; bot-reply sends it ({@link #cannedChoice()}), so that one answer serves both steps of a customer turn
 * @param cannedConfidence how sure that canned message answers, from 0 to 1
 */
public record AiDecision(
        @JsonProperty(value = "action", required = true)
        @JsonPropertyDescription("REPLY, HANDOFF, SCHEDULE ou CLOSE.")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
        @NotNull @Nullable AiAction action,

        @JsonProperty(value = "message", required = true)
        @JsonPropertyDescription("O texto enviado agora ao cliente, em português do Brasil.")
        @Nullable String message,

        @JsonProperty(value = "confidence", required = true)
        @JsonPropertyDescription("Confiança na decisão, de 0 a 1.")
        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") @Nullable Double confidence,

        @JsonProperty(value = "reason", required = true)
        @JsonPropertyDescription("O motivo da decisão, em poucas palavras.")
        @Nullable String reason,

        @JsonProperty("followUpMessage")
        @JsonPropertyDescription("SCHEDULE: o texto agendado para o horário escolhido; senão null.")
        @Nullable String followUpMessage,

        @JsonProperty("slot")
        @JsonPropertyDescription("SCHEDULE: o número (a partir de 1) do horário livre escolhido; senão null.")
        @Min(1) @Nullable Integer slot,

        @JsonProperty("sources")
        @JsonPropertyDescription("Os ids das fontes numeradas usadas na mensagem, como aparecem entre colchetes; "
                + "vazio quando nenhuma foi usada.")
        @Nullable List<String> sources,

        @JsonProperty("canned")
        @JsonPropertyDescription("Número (a partir de 1) da mensagem padrão que sozinha responde o cliente; 0 se "
                + "nenhuma serve.")
        @Min(0) @Nullable Integer canned,

        @JsonProperty("cannedConfidence")
        @JsonPropertyDescription("Confiança de que essa mensagem padrão responde o cliente, de 0 a 1.")
        @DecimalMin("0.0") @DecimalMax("1.0") @Nullable Double cannedConfidence) {

    /** An answer citing no source. */
    public AiDecision(@Nullable AiAction action, @Nullable String message, @Nullable Double confidence,
            @Nullable String reason, @Nullable String followUpMessage, @Nullable Integer slot) {
        this(action, message, confidence, reason, followUpMessage, slot, null);
    }

    /** An answer choosing no canned message. */
    public AiDecision(@Nullable AiAction action, @Nullable String message, @Nullable Double confidence,
            @Nullable String reason, @Nullable String followUpMessage, @Nullable Integer slot,
            @Nullable List<String> sources) {
        this(action, message, confidence, reason, followUpMessage, slot, sources, null, null);
    }

    /** The canned message this answer chooses, as bot-reply's policy reads a choice. */
    public CannedChoice cannedChoice() {
        return new CannedChoice(canned, cannedConfidence, reason);
    }

    /** The cited ids, none when the answer gave none. */
    public List<String> citedSources() {
        return sources == null ? List.of()
                : sources.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
    }
}
