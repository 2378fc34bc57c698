package com.respondo.sandbox;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP face of the sandbox's Atendimento API: {@code POST /sandbox/tempbox/api/Atendimento/{Operation}} with
 * {@code token}, {@code json} (or {@code Hash}) in the query. Latency and held answers are non-blocking delays; the
 * operation itself runs off the event loop, since listing thousands of conversations takes a moment, on the
 * sandbox's own threads: not Reactor's shared bounded-elastic pool, where the application's blocking work (health
 * checks and admin views calling TempBox, that is this sandbox) would wait for threads its own callers hold. A
 * late-applied call is answered 504 at once and served (counted, applied, recorded) {@code lateApplyAfter} later.
 */
final class AtendimentoHandler {

    private final AtendimentoApi api;
    private final FaultInjector faults;
    private final AnswerRewrites rewrites;
    private final HeldCalls holds;
    private final byte[] unknownOperation;
    private final Scheduler scheduler;

    AtendimentoHandler(AtendimentoApi api, FaultInjector faults, AnswerRewrites rewrites, HeldCalls holds,
            JsonMapper json, Scheduler scheduler) {
        this.api = api;
        this.scheduler = scheduler;
        this.faults = faults;
        this.rewrites = rewrites;
        this.holds = holds;
        this.unknownOperation = json.writeValueAsBytes(Envelope.error("Operação desconhecida"));
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        Optional<Operation> operation = api.operation(request.pathVariable("operation"));
        if (operation.isEmpty()) {
            return ServerResponse.status(404).contentType(MediaType.APPLICATION_JSON).bodyValue(unknownOperation);
        }
        String token = request.queryParam("token").orElse(null);
        String json = request.queryParam("json").orElse(null);
        String hash = request.queryParam("Hash").orElse(null);
        FaultInjector.Decision fault = faults.decide(operation.get(), json, hash);
        if (fault.kind() == FaultInjector.Kind.LATE_APPLY) {
            Mono.delay(fault.lateApplyAfter())
                .publishOn(scheduler)
                .subscribe(tick -> api.call(operation.get(), fault, token, json, hash));
            return delayed(fault.latency(), Mono.just(api.gaveUp())).flatMap(this::respond);
        }
        Mono<AtendimentoApi.Reply> reply = Mono
            .fromCallable(() -> rewrites.apply(operation.get(), api.call(operation.get(), fault, token, json, hash)))
            .subscribeOn(scheduler);
        Optional<HeldCall> held = holds.take(operation.get());
        if (held.isPresent()) {
            reply = held.get().then(reply);
        }
        return delayed(fault.latency(), reply).flatMap(this::respond);
    }

    private Mono<ServerResponse> respond(AtendimentoApi.Reply reply) {
        Mono<ServerResponse> response = ServerResponse.status(reply.status())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(reply.body());
        return delayed(reply.hold(), response);
    }

    private static <T> Mono<T> delayed(Duration delay, Mono<T> mono) {
        return delay.isZero() ? mono : Mono.delay(delay).then(mono);
    }
}
