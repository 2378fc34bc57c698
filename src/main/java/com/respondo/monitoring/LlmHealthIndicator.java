package com.respondo.monitoring;

import java.net.URI;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The LLM, checked without spending a token: its configuration (an API key is set, the base URL is an HTTP URL,
 * a model is named) and, when the protection layer has one, the state of its {@code llm} circuit breaker (DOWN while
 * open: recent calls failed). Details: the model and the server (scheme, host, port and path; never the key).
 */
final class LlmHealthIndicator implements HealthIndicator {

    static final String BREAKER = "llm";

    private final Environment environment;

    private final ObjectProvider<CircuitBreakerRegistry> breakers;

    LlmHealthIndicator(Environment environment, ObjectProvider<CircuitBreakerRegistry> breakers) {
        this.environment = environment;
        this.breakers = breakers;
    }

    @Override
    public Health health() {
        String model = property("spring.ai.openai.chat.options.model", "spring.ai.openai.chat.model");
        String baseUrl = property("spring.ai.openai.chat.base-url", "spring.ai.openai.base-url");
        String apiKey = property("spring.ai.openai.chat.api-key", "spring.ai.openai.api-key");
        URI server = server(baseUrl);
        Health.Builder health = Health.up();
        if (!StringUtils.hasText(apiKey)) {
            health.down().withDetail("error", "no API key (SPRING_AI_OPENAI_API_KEY)");
        }
        else if (baseUrl != null && server == null) {
            health.down().withDetail("error", "spring.ai.openai.base-url is not an HTTP URL");
        }
        else if (!StringUtils.hasText(model)) {
            health.down().withDetail("error", "no model (SPRING_AI_OPENAI_CHAT_MODEL)");
        }
        Optional<CircuitBreaker> breaker = breaker();
        breaker.ifPresent(b -> {
            CircuitBreaker.State state = b.getState();
            if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN) {
                health.down().withDetail("error", "circuit breaker '" + BREAKER + "' is " + state);
            }
        });
        health.withDetail("model", (model != null) ? model : "")
            .withDetail("server", (server != null) ? server.toString() : "https://api.openai.com (default)");
        breaker.ifPresent(b -> health.withDetail("breaker", b.getState().name()));
        return health.build();
    }

    private Optional<CircuitBreaker> breaker() {
        CircuitBreakerRegistry registry = breakers.getIfAvailable();
        return (registry != null) ? registry.find(BREAKER) : Optional.empty();
    }

    private @Nullable String property(String specific, String general) {
        String value = environment.getProperty(specific);
        return StringUtils.hasText(value) ? value : environment.getProperty(general);
    }

    /** The base URL without user info, query or fragment; null when absent or not an HTTP URL. */
    private static @Nullable URI server(@Nullable String baseUrl) {
        if (!StringUtils.hasText(baseUrl)) {
            return null;
        }
        try {
            URI uri = URI.create(baseUrl.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return null;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        }
        catch (IllegalArgumentException | java.net.URISyntaxException ex) {
            return null;
        }
    }
}
