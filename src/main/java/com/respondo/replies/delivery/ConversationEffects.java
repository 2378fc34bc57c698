package com.respondo.replies.delivery;

import java.util.List;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.replies.policy.AgendaSlot;
import com.respondo.tempbox.AgendarMensagemRequest;
import com.respondo.tempbox.AtendimentoEmAberto;
import com.respondo.tempbox.ConversationAssignment;
import com.respondo.tempbox.EncaminharAtendimentoRequest;
import com.respondo.tempbox.EncerrarAtendimentoRequest;
import com.respondo.tempbox.EnviarMensagemRequest;
import com.respondo.tempbox.IniciarAtendimentoRequest;
import com.respondo.tempbox.ListarMeusAtendimentosRequest;
import com.respondo.tempbox.SalvarRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;

/**
 * The TempBox calls that carry out reply actions on one tenant's conversation, as the tenant's bot attendant:
 * start, send, forward, schedule, close, the observations a hand-off leaves, and the customer's conversations a
 * hand-off lists. Each throws the client's {@link com.respondo.tempbox.TempBoxException}.
 */
public final class ConversationEffects {

    private final TempBoxClient client;

    private final Tenant tenant;

    private final Runnable agendaChanged;

    public ConversationEffects(TempBoxClient client, Tenant tenant) {
        this(client, tenant, () -> {
        });
    }

    /** @param agendaChanged told after every {@code AgendarMensagem}, answered or not: the agenda's free slots changed */
    public ConversationEffects(TempBoxClient client, Tenant tenant, Runnable agendaChanged) {
        this.client = client;
        this.tenant = tenant;
        this.agendaChanged = agendaChanged;
    }

    /**
     * {@code IniciarAtendimento}: the bot becomes the owner. Answers the owner ({@code Atendente}) TempBox's answer
     * names, empty when it names none: another attendant there means a person got the conversation first.
     */
    Optional<String> start(String atendimentoId) {
        return client.iniciarAtendimento(tenant,
                new IniciarAtendimentoRequest(tenant.atendente(), atendimentoId, tenant.empresa()))
            .map(ConversationAssignment::atendente)
            .map(ConversationLoader::blankToNull);
    }

    /** {@code EnviarMensagem}: the bot's text, on the conversation's channel. */
    void send(Conversation conversation, String text) {
        client.enviarMensagem(tenant, new EnviarMensagemRequest(tenant.atendente(), conversation.atendimentoId(), null,
                null, null, tenant.empresa(), text, conversation.plataforma()));
    }

    /** {@code EncaminharAtendimento}: the attendant becomes the owner. */
    void forward(Conversation conversation, String attendantId) {
        client.encaminharAtendimento(tenant,
                new EncaminharAtendimentoRequest(attendantId, conversation.atendimentoId(), tenant.empresa()));
    }

    /** {@code AgendarMensagem}: TempBox sends the text at the slot, as the slot's attendant. */
    void schedule(Conversation conversation, AgendaSlot slot, String text) {
        try {
            client.agendarMensagem(tenant, new AgendarMensagemRequest(slot.attendantId(),
                    conversation.atendimentoId(), slot.at(), tenant.empresa(), text));
        }
        finally {
            agendaChanged.run();
        }
    }

    /** {@code EncerrarAtendimento}: the conversation is closed. */
    void close(Conversation conversation) {
        client.encerrarAtendimento(tenant,
                new EncerrarAtendimentoRequest(conversation.atendimentoId(), tenant.empresa()));
    }

    /**
     * {@code Salvar} of the conversation's {@code ObservacoesAdicionais} alone ({@code CamposAtualizados} names only
     * it): the whole text, as it is to read afterwards.
     */
    void saveObservations(Conversation conversation, String observations) {
        client.salvar(tenant, SalvarRequest.builder()
            .hash(conversation.hash())
            .empresa(tenant.empresa())
            .camposAtualizados("ObservacoesAdicionais")
            .observacoesAdicionais(observations)
            .build());
    }

    /** {@code ListarMeusAtendimentos}: the conversations of one customer ({@code Contato}), open and closed. */
    List<AtendimentoEmAberto> conversationsOf(String customerId) {
        return client.listarMeusAtendimentos(tenant, new ListarMeusAtendimentosRequest(customerId, tenant.empresa()));
    }
}
