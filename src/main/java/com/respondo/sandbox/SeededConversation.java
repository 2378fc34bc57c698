package com.respondo.sandbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation the sandbox was asked to create, or to add a customer message to, with its newest customer message:
 * what a test or benchmark expects the worker to answer.
 *
 * @param empresa the company
 * @param atendimento the conversation's id
 * @param hash the conversation's Hash (Consultar, Salvar, Excluir)
 * @param mensagem the newest customer message's id (AtendimentoMensagem)
 * @param cadastro when that message was written
 */
public record SeededConversation(UUID empresa, UUID atendimento, UUID hash, UUID mensagem, Instant cadastro) {
}
