package com.respondo.testsupport;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Test-local copies of the domain's LLM output records (the real ones live in {@code replies} and
 * {@code datacollection}), with the JSON shapes the prompts ask for.
 */
public final class TestOutputs {

    private TestOutputs() {
    }

    public record Greeting(@NotBlank String message) {
    }

    public record CannedChoice(@Min(0) int option, @DecimalMin("0") @DecimalMax("1") double confidence,
            @NotBlank String reason) {
    }

    public enum Action {
        REPLY, HANDOFF, SCHEDULE, CLOSE
    }

    public record AiDecision(@NotNull Action action, @NotBlank String message,
            @DecimalMin("0") @DecimalMax("1") double confidence, @NotBlank String reason,
            @Nullable String followUpMessage, @Nullable @Min(1) Integer slot, @Nullable List<String> sources) {
    }

    public enum Urgency {
        BAIXA, MEDIA, ALTA
    }

    public enum Sentiment {
        POSITIVO, NEUTRO, NEGATIVO
    }

    public record CollectedData(@Nullable String name, @Nullable String email, @Nullable String phone,
            @Nullable String document, @Nullable String cep, @Nullable String intent, @Nullable Urgency urgency,
            @Nullable Sentiment sentiment, @Nullable String summary) {
    }
}
