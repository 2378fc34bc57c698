package com.respondo.sandbox;

/**
 * How the sandbox answers every read of one chosen conversation ({@code ListarMensagensAtendimento},
 * {@code ListarMensagensAtendimentoChat}, {@code Consultar}), while the rest of the company is served normally: the
 * one bad conversation that must not stall a tenant.
 */
public enum ConversationFault {

    /** The answer cut in half: invalid JSON. */
    MALFORMED,

    /** HTTP 500 with an error envelope, as a TempBox bug about that conversation's data would answer. */
    ERROR,

    /** HTTP 200 with {@code Code} 500 and "Atendimento não encontrado", as TempBox answers about a lost conversation. */
    NOT_FOUND
}
