package com.respondo.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the worker at the in-process sandbox when the {@code sandbox} profile is active.
 * <p>
 * The sandbox is served by the application itself, so its URLs contain the server port. When that port is
 * {@code 0} (tests), a free port is chosen here, before any bean is built, so that {@code ${server.port}} can be
 * used in base URLs. Without an OpenAI API key the LLM client is pointed at the sandbox LLM. The sandbox's control
 * API ({@code /sandbox/**}) has no authentication, so the server listens on {@code 127.0.0.1} only unless
 * {@code server.address} is set (e.g. {@code SERVER_ADDRESS=0.0.0.0} in a container whose port is published).
 */
class SandboxEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "sandbox-defaults";

    /** Where the sandbox listens unless {@code server.address} says otherwise. */
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("sandbox")) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!StringUtils.hasText(environment.getProperty("server.address"))) {
            defaults.put("server.address", LOOPBACK);
        }
        if ("0".equals(environment.getProperty("server.port"))) {
            defaults.put("server.port", freePort());
        }
        if (!StringUtils.hasText(environment.getProperty("spring.ai.openai.api-key"))) {
            defaults.put("spring.ai.openai.api-key", "sandbox-no-key");
            defaults.put("spring.ai.openai.base-url", "http://127.0.0.1:${server.port:8080}/sandbox/llm/v1");
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, defaults));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No free port for the sandbox", ex);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
