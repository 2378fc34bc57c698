package com.respondo.tempbox;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

import ch.qos.logback.classic.LoggerContext;

/**
 * Installs the {@link TokenMaskingTurboFilter} right after Spring Boot has (re)initialised Logback, so that every
 * line of the application, start-up included, is masked. Registered in {@code META-INF/spring.factories}.
 */
class TokenMaskingLoggingListener implements GenericApplicationListener {

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType.toClass());
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        install();
    }

    /** Adds the filter to Logback's context unless it is there already; does nothing without Logback. */
    static void install() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context && context.getTurboFilterList().stream()
                .noneMatch(filter -> TokenMaskingTurboFilter.NAME.equals(filter.getName()))) {
            TokenMaskingTurboFilter filter = new TokenMaskingTurboFilter();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
