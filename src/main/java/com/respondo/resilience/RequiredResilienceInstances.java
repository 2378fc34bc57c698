package com.respondo.resilience;

import io.github.resilience4j.core.Registry;

/**
 * The resilience4j instances and shared configs that {@code application.yml} must declare: a missing one stops
 * start-up with the property that declares it, instead of silently falling back to resilience4j's defaults.
 */
final class RequiredResilienceInstances {

    private RequiredResilienceInstances() {
    }

    /** The instance {@code resilience4j.<kind>.instances.<name>}. */
    static <E> E instance(Registry<E, ?> registry, String kind, String name) {
        return registry.find(name).orElseThrow(() -> new IllegalStateException(
                "resilience4j." + kind + ".instances." + name + " is not declared"));
    }

    /** The shared config {@code resilience4j.<kind>.configs.<name>}. */
    static <C> C config(Registry<?, C> registry, String kind, String name) {
        return registry.getConfiguration(name).orElseThrow(() -> new IllegalStateException(
                "resilience4j." + kind + ".configs." + name + " is not declared"));
    }
}
