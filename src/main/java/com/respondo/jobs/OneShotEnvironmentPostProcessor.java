package com.respondo.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Prepares a one-shot run ({@code --run=<job>} or {@code --replay} on the command line): {@code --prompts-dir=<dir>}
 * and {@code --model=<name>} set the prompt overrides and the chat model, no job runs on its schedule, and there is no
 * web server, except in the {@code sandbox} profile, whose TempBox and LLM stand-ins are served by the application
 * itself: there the server listens on a free port of the loopback interface only, for the run's own calls (unless
 * the command line sets {@code --server.port} or {@code --server.address}).
 * <p>
 * Runs before the sandbox's post-processor, which picks the free port when {@code server.port} is 0.
 */
class OneShotEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "respondo-one-shot";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine = environment.getPropertySources()
            .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine == null || !(commandLine.containsProperty(OneShotRun.RUN)
                || commandLine.containsProperty(OneShotRun.REPLAY))) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        copy(commandLine, "prompts-dir", "respondo.llm.prompts-dir", settings);
        copy(commandLine, "model", "spring.ai.openai.chat.model", settings);
        settings.put("respondo.jobs.scheduler-enabled", "false");
        if (environment.matchesProfiles("sandbox")) {
            settings.put("server.port", "0");
            settings.put("server.address", "127.0.0.1");
        }
        else {
            settings.put("spring.main.web-application-type", "none");
        }
        environment.getPropertySources()
            .addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME,
                    new MapPropertySource(PROPERTY_SOURCE, settings));
    }

    private static void copy(PropertySource<?> commandLine, String option, String property,
            Map<String, Object> settings) {
        Object value = commandLine.getProperty(option);
        if (value != null && !value.toString().isBlank()) {
            settings.put(property, value.toString());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
