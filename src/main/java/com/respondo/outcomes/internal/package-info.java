/**
 * The outcomes' adapters: the settings ({@code respondo.outcomes}), the reading of the ledger, the LLM usage and
 * TempBox ({@code ListarRecentes}, {@code ListarMensagensAtendimento}, {@code Consultar}) into the definitions'
 * histories, and the Micrometer gauges.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.outcomes.internal;
