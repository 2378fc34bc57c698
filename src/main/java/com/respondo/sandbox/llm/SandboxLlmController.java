package com.respondo.sandbox.llm;

import java.time.Duration;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The OpenAI-compatible endpoint of the sandbox LLM. Latency and faults are applied without blocking a thread,
 * so a benchmark can keep many slow requests in flight.
 */
@RestController
@Profile("sandbox")
class SandboxLlmController {

    private final SandboxLlmControls controls;

    private final SandboxLlmResponder responder;

    private final ChatCompletions completions;

    SandboxLlmController(SandboxLlmControls controls, SandboxLlmResponder responder, ChatCompletions completions) {
        this.controls = controls;
        this.responder = responder;
        this.completions = completions;
    }

    @PostMapping(path = "/sandbox/llm/v1/chat/completions", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<String>> complete(@RequestBody String body) {
        SandboxLlmControls.Fault fault = this.controls.next();
        SandboxLlmProperties settings = this.controls.settings();
        if (fault == SandboxLlmControls.Fault.TIMEOUT) {
            return Mono.delay(settings.timeoutHang()).map(tick -> failure(HttpStatus.GATEWAY_TIMEOUT,
                    this.completions.error("The sandbox LLM timed out", "server_error", null)));
        }
        Mono<ResponseEntity<String>> answer = Mono.fromSupplier(() -> answer(fault, body, settings));
        return settings.latency().isZero() ? answer : Mono.delay(settings.latency()).then(answer);
    }

    private ResponseEntity<String> answer(SandboxLlmControls.Fault fault, String body, SandboxLlmProperties settings) {
        SandboxLlmRequest request;
        try {
            request = this.responder.read(body);
        }
        catch (IllegalArgumentException ex) {
            return failure(HttpStatus.BAD_REQUEST, this.completions.error(ex.getMessage(), "invalid_request_error", null));
        }
        return switch (fault) {
            case ERROR -> failure(HttpStatus.INTERNAL_SERVER_ERROR,
                    this.completions.error("The sandbox LLM failed (injected fault)", "server_error", null));
            case RATE_LIMIT -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds(settings.retryAfter())))
                .contentType(MediaType.APPLICATION_JSON)
                .body(this.completions.error("Rate limit reached for requests (injected fault)", "requests",
                        "rate_limit_exceeded"));
            case MALFORMED -> ResponseEntity.ok(this.completions.completion(request,
                    "Desculpe, não entendi o formato pedido.", this.controls));
            default -> ResponseEntity.ok(this.completions.completion(request, this.responder.answer(request), this.controls));
        };
    }

    private static ResponseEntity<String> failure(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
