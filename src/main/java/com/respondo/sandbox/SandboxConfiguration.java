package com.respondo.sandbox;

import java.time.Clock;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the TempBox sandbox under {@code /sandbox/tempbox} in the {@code sandbox} profile: the Atendimento API under
 * {@code api/Atendimento/{Operation}} (and the stream of {@code ObterNovasMensagensChatSiteSse}, {@link
 * NewMessageStream}) and the control API under {@code _sandbox/}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxConfiguration {

    static final String BASE_PATH = "/sandbox/tempbox";

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    @Bean(destroyMethod = "close")
    SandboxServer sandboxServer(SandboxProperties properties) {
        SandboxServer server = new SandboxServer(properties, Clock.systemUTC());
        log.info("TempBox sandbox under {}: {} conversations seeded, generator {}", BASE_PATH,
                server.conversationCount(), properties.generator().enabled() ? "on" : "off");
        return server;
    }

    @Bean
    Sandbox sandbox(SandboxServer server) {
        return server.sandbox();
    }

    /**
     * The sandbox clock as the application's one {@link Clock} (primary over the default system clock): moving it
     * moves the worker's time too, so that a follow-up due in hours shows when the clock is advanced.
     */
    @Bean
    @Primary
    SandboxClock sandboxClock(SandboxServer server) {
        return server.clock();
    }

    @Bean
    SandboxTasks sandboxTasks(SandboxServer server) {
        return server.tasks();
    }

    /**
     * No observations (http.server.requests, Spring Security's) of requests to the sandbox: it stands in for remote
     * services, and timing its every call cost the worker's machine CPU that TempBox's own servers would spend.
     */
    @Bean
    ObservationPredicate noSandboxObservations() {
        return (name, context) -> !isSandboxRequest(context);
    }

    private static boolean isSandboxRequest(Observation.Context context) {
        Observation.Context current = context;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current instanceof ServerRequestObservationContext server) {
                return server.getCarrier().getPath().value().startsWith("/sandbox/");
            }
            ObservationView parent = current.getParentObservation();
            current = (parent != null) ? (Observation.Context) parent.getContextView() : null;
        }
        return false;
    }

    /**
     * Whether the request names {@code text/event-stream} in its Accept header (a request without one, which
     * accepts anything, gets the paged list).
     */
    private static boolean asksForAStream(ServerRequest request) {
        return request.headers().accept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
    }

    @Bean
    RouterFunction<ServerResponse> sandboxTempBoxRoutes(SandboxServer server) {
        AtendimentoHandler api = server.atendimento();
        ControlHandler control = server.control();
        return RouterFunctions.route()
            .POST(BASE_PATH + "/api/Atendimento/ObterNovasMensagensChatSiteSse",
                    SandboxConfiguration::asksForAStream, server.stream()::handle)
            .POST(BASE_PATH + "/api/Atendimento/{operation}", api::handle)
            .path(BASE_PATH + "/_sandbox", routes -> routes
                .GET("/companies", control::companies)
                .GET("/record", control::record)
                .GET("/calls", control::calls)
                .GET("/faults", control::faults)
                .PUT("/faults", control::replaceFaults)
                .GET("/open-messages", control::openMessages)
                .PUT("/open-messages", control::replaceOpenMessages)
                .POST("/reset", control::reset)
                .POST("/seed", control::seed)
                .POST("/conversations", control::openConversation)
                .POST("/customer-messages", control::customerMessage)
                .POST("/attendant-messages", control::attendantMessage)
                .POST("/attendant-closes", control::attendantClose)
                .PUT("/generator", control::generator)
                .POST("/generate", control::generate)
                .POST("/deliver", control::deliver)
                .GET("/clock", control::clock)
                .PUT("/clock", control::moveClock)
                .onError(ControlHandler::isBadInput, control::badRequest))
            .build();
    }
}
