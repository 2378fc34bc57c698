package com.respondo.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Rewrites of the sandbox's successful answers, per operation, for tests that need TempBox to answer what it should
 * not (invalid JSON, {@code Data} null or an object, rows without ids, odd dates): the body as built, in, the body to
 * send, out. None by default; a reset removes them.
 */
final class AnswerRewrites {

    private final Map<Operation, UnaryOperator<String>> rewrites = new ConcurrentHashMap<>();

    void put(Operation operation, UnaryOperator<String> rewrite) {
        rewrites.put(operation, rewrite);
    }

    void clear() {
        rewrites.clear();
    }

    AtendimentoApi.Reply apply(Operation operation, AtendimentoApi.Reply reply) {
        UnaryOperator<String> rewrite = rewrites.get(operation);
        if (rewrite == null || reply.status() != 200) {
            return reply;
        }
        String body = rewrite.apply(new String(reply.body(), StandardCharsets.UTF_8));
        return new AtendimentoApi.Reply(200, body.getBytes(StandardCharsets.UTF_8), reply.hold());
    }
}
