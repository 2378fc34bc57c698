package com.respondo;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.reactor.netty.autoconfigure.ReactorNettyProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

import com.respondo.jobs.OneShotRun;

/**
 * Respondo: a long-running worker by default; with {@code --run=<job>} a one-shot run that exits with the
 * execution's outcome (see {@link OneShotRun}).
 */
@SpringBootApplication
public class RespondoApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(RespondoApplication.class, args);
        if (OneShotRun.requested(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /**
     * The application's one clock, which every step's time-dependent decision reads (debounce, business hours,
     * follow-ups); the sandbox profile replaces it with the settable sandbox clock.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The event loops and connection pool of the web server and of the WebClients (TempBox, the sandbox's LLM), owned
     * by this application and freed when it closes. Boot's default shares Reactor Netty's JVM-wide resources and
     * disposes them when the application closes, under whatever else in the same JVM still uses them (another
     * application started beside it, a test's HTTP client).
     */
    @Bean
    ReactorResourceFactory reactorResourceFactory(ReactorNettyProperties properties) {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        if (properties.getShutdownQuietPeriod() != null) {
            factory.setShutdownQuietPeriod(properties.getShutdownQuietPeriod());
        }
        return factory;
    }
}
