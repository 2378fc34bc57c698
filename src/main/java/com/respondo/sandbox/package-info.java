/**
 * The TempBox sandbox: an in-process, stateful simulator of TempBox's Atendimento API, active in the {@code sandbox}
 * profile (the default) and served by the application itself under {@code /sandbox/tempbox}, with seeded companies,
 * a customer-message generator, fault injection and a record of every call, so that the worker, its tests and its
 * benchmarks always have a realistic TempBox to talk to; {@link com.respondo.sandbox.Sandbox} is its Java control
 * API and {@code /sandbox/tempbox/_sandbox/*} the same over HTTP.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.sandbox;
