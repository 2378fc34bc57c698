package com.respondo.llm;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * In the {@code prod} profile, checks the OpenAI connection ({@code spring.ai.openai.*}: key, base URL, chat model)
 * before any bean is built, so that a missing or invalid one stops start-up with one message naming the property
 * ({@link LlmSettingsFailureAnalyzer}) instead of Spring AI's stack trace on the first bean that needs the client.
 * The sandbox profile has its own stand-in LLM and is not checked. Registered in {@code META-INF/spring.factories}.
 */
class LlmSettingsCheck implements EnvironmentPostProcessor, Ordered {

    private static final String PREFIX = "spring.ai.openai";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        Binder binder = Binder.get(environment);
        List<String> problems = new ArrayList<>();
        String key = setting(binder, "chat.api-key", "api-key");
        if (!StringUtils.hasText(key)) {
            problems.add(named("api-key") + ": missing");
        }
        String baseUrl = setting(binder, "chat.base-url", "base-url");
        if (baseUrl != null && !isApiRoot(baseUrl)) {
            problems.add(named("base-url") + ": must be an absolute http(s) URL ending in /v1 (value \"" + baseUrl
                    + "\")");
        }
        if (!StringUtils.hasText(setting(binder, "chat.options.model", "chat.model"))) {
            problems.add(named("chat.model") + ": missing");
        }
        if (!problems.isEmpty()) {
            throw new LlmSettingsException(problems);
        }
    }

    /** The first of the properties (under {@code spring.ai.openai}) that is set; the chat model's own wins. */
    private static @Nullable String setting(Binder binder, String... names) {
        for (String name : names) {
            String value = binder.bind(PREFIX + "." + name, String.class).orElse(null);
            if (value != null) {
                return value.strip();
            }
        }
        return null;
    }

    /** An OpenAI-compatible API root: {@code http(s)://host[:port]/…/v1}, where the client adds {@code /chat/…}. */
    private static boolean isApiRoot(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            String scheme = uri.getScheme();
            String path = (uri.getPath() != null) ? uri.getPath().replaceAll("/+$", "") : "";
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && path.endsWith("/v1");
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static String named(String property) {
        String name = PREFIX + "." + property;
        return name + " (environment variable " + name.toUpperCase().replace('.', '_').replace('-', '_') + ")";
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
