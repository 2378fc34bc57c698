package com.respondo.logging;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;

import ch.qos.logback.classic.LoggerContext;

import com.respondo.privacy.ConfiguredSecrets;

/**
 * Installs the {@link LogMaskingTurboFilter} right after Spring Boot has (re)initialised Logback, so that every line
 * of the application, start-up included, is masked; and gives it the secrets of the environment
 * ({@link ConfiguredSecrets}: the admin password, the LLM key, the tenants' tokens) and the
 * {@link LoggingProperties}, again once the context is prepared (test and late property sources included).
 * Registered in {@code META-INF/spring.factories}.
 */
class LogMaskingListener implements GenericApplicationListener {

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.toClass();
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        ConfigurableEnvironment environment = (event instanceof ApplicationEnvironmentPreparedEvent prepared)
                ? prepared.getEnvironment()
                : ((ApplicationPreparedEvent) event).getApplicationContext().getEnvironment();
        if (install() != null) {
            LoggingProperties properties = Binder.get(environment)
                .bindOrCreate("respondo.logging", LoggingProperties.class);
            Set<String> secrets = secrets(environment);
            LogMaskingTurboFilter.update(masks -> masks.with(secrets, properties.maskPii()));
        }
    }

    /** The filter in Logback's context, added there unless it is already; none without Logback. */
    static @Nullable LogMaskingTurboFilter install() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return null;
        }
        synchronized (context) {
            return context.getTurboFilterList().stream()
                .filter(LogMaskingTurboFilter.class::isInstance)
                .map(LogMaskingTurboFilter.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    LogMaskingTurboFilter filter = new LogMaskingTurboFilter();
                    filter.setContext(context);
                    filter.start();
                    context.addTurboFilter(filter);
                    return filter;
                });
        }
    }

    /** The values of the properties whose names say they are secrets ({@link ConfiguredSecrets}). */
    static Set<String> secrets(ConfigurableEnvironment environment) {
        return ConfiguredSecrets.of(environment);
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
