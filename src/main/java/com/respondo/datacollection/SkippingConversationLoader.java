package com.respondo.datacollection;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.tempbox.ConversationMessage;
import com.respondo.tempbox.ListarMensagensAtendimentoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.TempBoxRejectedException;
import com.respondo.tempbox.TempBoxResponseException;
import com.respondo.tempbox.Tenant;

/**
 * Reads a conversation's messages ({@code ListarMensagensAtendimento}) into the domain's {@link Conversation}. A
 * conversation TempBox cannot serve readably (a 4xx, an unreadable answer, a message without id, author kind or date)
 * is skipped; TempBox being unavailable or refusing the token fails the step.
 */
final class SkippingConversationLoader {

    private final TempBoxClient client;

    SkippingConversationLoader(TempBoxClient client) {
        this.client = client;
    }

    Conversation load(Tenant tenant, Candidate candidate) {
        List<ConversationMessage> rows;
        try {
            rows = client.listarMensagensAtendimento(tenant,
                    new ListarMensagensAtendimentoRequest(candidate.atendimento(), tenant.empresa()));
        }
        catch (TempBoxRejectedException | TempBoxResponseException ex) {
            throw skipped(candidate, ex);
        }
        List<Message> messages = new ArrayList<>(rows.size());
        for (ConversationMessage row : rows) {
            messages.add(message(candidate, row));
        }
        return new Conversation(tenant.id(), candidate.atendimento(), candidate.hash() == null ? "" : candidate.hash(),
                null, false, null, candidate.customerName(), messages);
    }

    private static Message message(Candidate candidate, ConversationMessage row) {
        if (row.atendimentoMensagem() == null || row.cadastro() == null || row.mensagemAtendente() == null) {
            throw new ConversationSkippedException(candidate.atendimento(), "ListarMensagensAtendimento sent a message "
                    + "without AtendimentoMensagem, Cadastro or MensagemAtendente");
        }
        boolean fromCustomer = !row.mensagemAtendente();
        return new Message(row.atendimentoMensagem(), fromCustomer, fromCustomer ? null : row.atendenteHash(),
                orEmpty(row.autorMensagem()), orEmpty(row.mensagem()), row.cadastro());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static ConversationSkippedException skipped(Candidate candidate, TempBoxException ex) {
        return new ConversationSkippedException(candidate.atendimento(),
                "TempBox " + ex.operation() + " failed: " + ex.summary());
    }
}
