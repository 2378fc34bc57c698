package com.respondo.admin;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the admin API's blocking work (JDBC, the launch lock, TempBox-free but database-bound reads) on Reactor's
 * bounded elastic scheduler, never on the event loop.
 */
final class BlockingWorkRunner {

    private BlockingWorkRunner() {
    }

    static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
