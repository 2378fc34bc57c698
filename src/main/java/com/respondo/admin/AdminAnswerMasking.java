package com.respondo.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.respondo.privacy.ConfiguredSecrets;
import com.respondo.privacy.SecretMasker;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The one masking step of everything the admin API ({@code /admin/**}) answers: every configured secret
 * ({@link ConfiguredSecrets}: all tenants' TempBox tokens, the LLM key, the admin password) is replaced by
 * {@code ***} word for word, and every {@code token=VALUE}, in the bytes written, whatever the endpoint, the view
 * or the error that produced them. TempBox may echo a token in an error's {@code Message} ("Token invalido: ...")
 * that then sits in an execution's exit description or a reply-ledger error: the answers never show it.
 * <p>
 * Text answers (JSON, problem details, CSV, HTML, JavaScript) are masked a buffer at a time: Spring's encoders write
 * one buffer per value (a single answer, or one element of a streamed array or CSV export), so a secret is never cut
 * between two buffers, and a streamed export stays streamed. The {@code Content-Length} follows the masked body.
 * Costs one UTF-8 decoding, a scan for "token" and one {@code contains} per secret per buffer.
 */
@Component
class AdminAnswerMasking implements WebFilter {

    private final List<String> secrets;

    AdminAnswerMasking(ConfigurableEnvironment environment) {
        this.secrets = SecretMasker.maskable(ConfiguredSecrets.of(environment));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().response(new MaskedResponse(exchange.getResponse())).build());
    }

    /** The text with the secrets masked; the same instance when it holds none. */
    String mask(String text) {
        String masked = SecretMasker.mask(text, this.secrets);
        return (masked == null || masked.equals(text)) ? text : masked;
    }

    private final class MaskedResponse extends ServerHttpResponseDecorator {

        MaskedResponse(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return super.writeWith(Flux.from(body).map(this::masked));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return super.writeAndFlushWith(Flux.from(body).map(part -> Flux.from(part).map(this::masked)));
        }

        private DataBuffer masked(DataBuffer buffer) {
            if (!isText(getHeaders().getContentType())) {
                return buffer;
            }
            String text = buffer.toString(StandardCharsets.UTF_8);
            String masked = mask(text);
            if (masked == text) {
                return buffer;
            }
            DataBufferUtils.release(buffer);
            byte[] bytes = masked.getBytes(StandardCharsets.UTF_8);
            if (!isCommitted() && getHeaders().getContentLength() >= 0) {
                // a single value: its encoder announced the unmasked length
                getHeaders().setContentLength(bytes.length);
            }
            return bufferFactory().wrap(bytes);
        }

        private static boolean isText(@Nullable MediaType type) {
            if (type == null) {
                return true;
            }
            String subtype = type.getSubtype();
            return type.getType().equals("text") || subtype.equals("json") || subtype.endsWith("+json")
                    || subtype.equals("javascript") || subtype.endsWith("xml");
        }
    }
}
