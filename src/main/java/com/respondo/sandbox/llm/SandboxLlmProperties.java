package com.respondo.sandbox.llm;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * How the sandbox LLM behaves ({@code respondo.sandbox.llm}): its thinking time and the share of requests that
 * fail in each way. Rates are fractions from 0 to 1, applied deterministically (a rate of 0.2 fails exactly every
 * fifth request). {@link SandboxLlmControls} changes them at run time.
 *
 * @param latency the time before each answer (default 0)
 * @param errorRate the share answered HTTP 500
 * @param rateLimitRate the share answered HTTP 429 with a {@code Retry-After}
 * @param retryAfter the pause a 429 asks for (whole seconds, at least 1; default 1 s)
 * @param malformedRate the share answered 200 with a text that is not the JSON asked for
 * @param timeoutRate the share that gets no answer for {@code timeoutHang} (the client times out)
 * @param timeoutHang how long a request selected to time out is held before a 504 (default 2 min)
 */
@Validated
@ConfigurationProperties("respondo.sandbox.llm")
public record SandboxLlmProperties(@DefaultValue("0ms") @NotNull @DurationMin(nanos = 0) Duration latency,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double errorRate,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double rateLimitRate,
        @DefaultValue("1s") @NotNull @DurationMin(seconds = 1) Duration retryAfter,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double malformedRate,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double timeoutRate,
        @DefaultValue("2m") @NotNull @DurationMin(nanos = 0) Duration timeoutHang) {

    /** The behaviour without configuration: immediate, faultless answers. */
    public static SandboxLlmProperties defaults() {
        return new SandboxLlmProperties(Duration.ZERO, 0, 0, Duration.ofSeconds(1), 0, 0, Duration.ofMinutes(2));
    }

    public SandboxLlmProperties withLatency(Duration latency) {
        return new SandboxLlmProperties(latency, this.errorRate, this.rateLimitRate, this.retryAfter,
                this.malformedRate, this.timeoutRate, this.timeoutHang);
    }

    public SandboxLlmProperties withErrorRate(double errorRate) {
        return new SandboxLlmProperties(this.latency, errorRate, this.rateLimitRate, this.retryAfter,
                this.malformedRate, this.timeoutRate, this.timeoutHang);
    }

    public SandboxLlmProperties withRateLimit(double rateLimitRate, Duration retryAfter) {
        return new SandboxLlmProperties(this.latency, this.errorRate, rateLimitRate, retryAfter, this.malformedRate,
                this.timeoutRate, this.timeoutHang);
    }

    public SandboxLlmProperties withMalformedRate(double malformedRate) {
        return new SandboxLlmProperties(this.latency, this.errorRate, this.rateLimitRate, this.retryAfter,
                malformedRate, this.timeoutRate, this.timeoutHang);
    }

    public SandboxLlmProperties withTimeouts(double timeoutRate, Duration timeoutHang) {
        return new SandboxLlmProperties(this.latency, this.errorRate, this.rateLimitRate, this.retryAfter,
                this.malformedRate, timeoutRate, timeoutHang);
    }
}
