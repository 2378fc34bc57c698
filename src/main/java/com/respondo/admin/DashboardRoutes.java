package com.respondo.admin;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the dashboard's page at {@code /admin} (its script and style sheet are static resources under
 * {@code /admin/}); like the whole admin API it needs the admin's HTTP Basic credentials. The page comes with a
 * Content-Security-Policy that lets it run only its own script and style sheet and talk only to its own origin, and
 * with the CSRF token ({@link #issueCsrfToken}) its script sends back with every change.
 */
@Configuration(proxyBeanMethods = false)
class DashboardRoutes {

    /** Only the page's own files, no inline script or style attribute, no framing, no form to elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Resource PAGE = new ClassPathResource("static/admin/index.html");

    private static final Set<String> PAGE_PATHS = Set.of("/admin", "/admin/", "/admin/index.html");

    @Bean
    RouterFunction<ServerResponse> dashboardPage() {
        return RouterFunctions.route(GET("/admin").or(GET("/admin/")),
                request -> ServerResponse.ok()
                    .contentType(MediaType.TEXT_HTML)
                    .cacheControl(CacheControl.noCache())
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .bodyValue(PAGE));
    }

    /**
     * A filter of the admin security chain, after Spring Security's CSRF filter: loading a page (the dashboard, the
     * Swagger UI: a browser's navigation, {@code Sec-Fetch-Mode: navigate}, or the dashboard's paths) makes sure the
     * browser holds the CSRF token (the {@code XSRF-TOKEN} cookie, written when it has none), which the CSRF filter
     * only reads lazily.
     */
    static Mono<Void> issueCsrfToken(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        ServerHttpRequest request = exchange.getRequest();
        boolean page = "navigate".equals(request.getHeaders().getFirst("Sec-Fetch-Mode"))
                || PAGE_PATHS.contains(request.getPath().value());
        if (token == null || !HttpMethod.GET.equals(request.getMethod()) || !page) {
            return chain.filter(exchange);
        }
        return token.then(chain.filter(exchange));
    }
}
