package com.respondo.admin;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses (403) a state-changing request (anything but GET, HEAD, OPTIONS, TRACE) that a browser says another site's
 * page made it send: {@code Sec-Fetch-Site} other than {@code same-origin} (or {@code none}: typed by the user), or,
 * from a browser too old to send that header, an {@code Origin} other than the server's own. A browser re-sends the
 * admin's Basic credentials with any request to the server, whoever makes it; a script (curl, the tests) sends
 * neither header and is not concerned.
 * <p>
 * {@link #FROM_A_BROWSER} tells which requests also need the dashboard's CSRF token: state-changing ones that carry
 * {@code Origin}, {@code Sec-Fetch-Site} or a cookie, which only browsers send.
 */
final class CrossSiteRequestFilter implements WebFilter {

    /** The start of the refusal's body. */
    static final String REFUSAL = "Refused: a cross-site request to the admin API";

    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    /** A state-changing request made by a browser. */
    static final ServerWebExchangeMatcher FROM_A_BROWSER = exchange -> {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        boolean browser = headers.containsHeader(HttpHeaders.ORIGIN) || headers.containsHeader(SEC_FETCH_SITE)
                || !request.getCookies().isEmpty();
        return (changesState(request) && browser) ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    };

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!changesState(request) || !crossSite(request)) {
            return chain.filter(exchange);
        }
        log.warn("Refused a cross-site {} {} (Sec-Fetch-Site {}, Origin {})", request.getMethod(),
                request.getPath().value(), request.getHeaders().getFirst(SEC_FETCH_SITE),
                request.getHeaders().getOrigin());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.TEXT_PLAIN);
        DataBuffer body = response.bufferFactory()
            .wrap((REFUSAL + ": the admin API changes state only on requests from its own pages or from scripts.\n")
                .getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }

    private static boolean changesState(ServerHttpRequest request) {
        return !SAFE.contains(request.getMethod());
    }

    private static boolean crossSite(ServerHttpRequest request) {
        String site = request.getHeaders().getFirst(SEC_FETCH_SITE);
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeaders().getOrigin();
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static @Nullable String ownOrigin(ServerHttpRequest request) {
        var uri = request.getURI();
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        boolean defaultPort = uri.getPort() == -1 || (uri.getScheme().equals("http") && uri.getPort() == 80)
                || (uri.getScheme().equals("https") && uri.getPort() == 443);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + uri.getPort());
    }
}
