package com.respondo.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the dashboard's page at {@code /admin} (its script and style sheet are static resources under
 * {@code /admin/}); like the whole admin API it needs the admin's HTTP Basic credentials.
 */
@Configuration(proxyBeanMethods = false)
class DashboardRoutes {

    private static final Resource PAGE = new ClassPathResource("static/admin/index.html");

    @Bean
    RouterFunction<ServerResponse> dashboardPage() {
        return RouterFunctions.route(GET("/admin").or(GET("/admin/")),
                request -> ServerResponse.ok()
                    .contentType(MediaType.TEXT_HTML)
                    .cacheControl(CacheControl.noCache())
                    .bodyValue(PAGE));
    }
}
