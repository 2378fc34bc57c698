package com.respondo.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.ConsultarRequest;
import com.respondo.tempbox.ConversationMessage;
import com.respondo.tempbox.ListarMensagensAtendimentoRequest;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxClient;

/**
 * Reads one conversation from TempBox as the domain's {@link Conversation}: its messages
 * ({@code ListarMensagensAtendimento}) and its owner, state and channel ({@code Consultar} by its Hash); used to
 * plan a reply and to read the conversation again just before posting.
 */
public final class ConversationLoader {

    private final TempBoxClient client;

    private final Tenant tenant;

    public ConversationLoader(TempBoxClient client, Tenant tenant) {
        this.client = client;
        this.tenant = tenant;
    }

    /**
     * The conversation as TempBox has it now.
     *
     * @throws UnusableItemException when TempBox knows no conversation by that Hash, or a message lacks its id, its
     *     author kind or a readable {@code Cadastro}
     */
    public Conversation load(String atendimentoId, String hash) {
        return conversation(atendimentoId, hash, rows(atendimentoId));
    }

    /**
     * The conversation as TempBox has it now, its Hash read from its messages' {@code AtendimentoHash}: for a ledger
     * entry, which keeps only the conversation's id.
     *
     * @throws UnusableItemException when no message names the Hash, or as {@link #load(String, String)}
     */
    public Conversation load(String atendimentoId) {
        List<ConversationMessage> rows = rows(atendimentoId);
        return conversation(atendimentoId, hash(atendimentoId, rows), rows);
    }

    /**
     * The conversation as a list of open conversations ({@code ListarEmAberto}) showed it: its messages read now
     * ({@code ListarMensagensAtendimento}), its Hash from them, and its owner, channel and customer as the list's row
     * gave them, open since it was listed; no {@code Consultar}. For a decision whose delivery reads the conversation
     * whole again (owner and state included) before it posts anything.
     *
     * @throws UnusableItemException as {@link #load(String)}
     */
    public Conversation loadListed(String atendimentoId, @Nullable String ownerId, @Nullable Integer plataforma,
            @Nullable String customerName) {
        List<ConversationMessage> rows = rows(atendimentoId);
        String hash = hash(atendimentoId, rows);
        ReadMessages read = read(atendimentoId, rows);
        return new Conversation(tenant.id(), atendimentoId, hash, blankToNull(ownerId), false, plataforma,
                (read.customerName() != null) ? read.customerName() : blankToNull(customerName), read.messages());
    }

    /** A conversation's messages in the model, and the first customer name one of them gives. */
    private record ReadMessages(List<Message> messages, @Nullable String customerName) {
    }

    private ReadMessages read(String atendimentoId, List<ConversationMessage> rows) {
        List<Message> messages = new ArrayList<>(rows.size());
        String customerName = null;
        for (ConversationMessage row : rows) {
            messages.add(message(atendimentoId, row));
            if (customerName == null && hasText(row.solicitanteTitulo())) {
                customerName = row.solicitanteTitulo();
            }
        }
        return new ReadMessages(messages, customerName);
    }

    private static String hash(String atendimentoId, List<ConversationMessage> rows) {
        return rows.stream()
            .map(row -> blankToNull(row.atendimentoHash()))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElseThrow(() -> new UnusableItemException("no message of the conversation names its AtendimentoHash",
                    atendimentoId, null));
    }

    private Conversation conversation(String atendimentoId, String hash, List<ConversationMessage> rows) {
        Atendimento record = state(atendimentoId, hash);
        ReadMessages read = read(atendimentoId, rows);
        String customerName = (read.customerName() != null) ? read.customerName()
                : record.referenteSolicitanteDescricao();
        return new Conversation(tenant.id(), atendimentoId, hash, blankToNull(record.atendente()),
                Boolean.TRUE.equals(record.concluido()), record.plataforma(), customerName, read.messages(),
                record.protocol());
    }

    /**
     * The conversation's messages alone ({@code ListarMensagensAtendimento}), oldest first, for checks that need
     * neither its Hash nor its owner.
     *
     * @throws UnusableItemException when a message lacks its id, its author kind or a readable {@code Cadastro}
     */
    public List<Message> messages(String atendimentoId) {
        return rows(atendimentoId).stream().map(row -> message(atendimentoId, row)).toList();
    }

    private List<ConversationMessage> rows(String atendimentoId) {
        return client.listarMensagensAtendimento(tenant,
                new ListarMensagensAtendimentoRequest(atendimentoId, tenant.empresa()));
    }

    /**
     * The conversation's record alone ({@code Consultar}): owner and state, for checks that need no messages.
     *
     * @throws UnusableItemException when TempBox knows no conversation by that Hash
     */
    public Atendimento state(String atendimentoId, String hash) {
        Optional<Atendimento> record = client.consultar(tenant, new ConsultarRequest(hash));
        return record.orElseThrow(() -> new UnusableItemException("Consultar finds no conversation by its Hash",
                atendimentoId, null));
    }

    private static Message message(String atendimentoId, ConversationMessage row) {
        String id = blankToNull(row.atendimentoMensagem());
        if (id == null) {
            throw new UnusableItemException("a message of the conversation has no AtendimentoMensagem", atendimentoId,
                    null);
        }
        if (row.mensagemAtendente() == null) {
            throw new UnusableItemException("message " + id + " has no readable MensagemAtendente", atendimentoId,
                    null);
        }
        if (row.cadastro() == null) {
            throw new UnusableItemException("message " + id + " has no readable Cadastro", atendimentoId, null);
        }
        boolean fromCustomer = !row.mensagemAtendente();
        return new Message(id, fromCustomer, fromCustomer ? null : blankToNull(row.atendenteHash()),
                row.autorMensagem(), row.mensagem(), row.cadastro());
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return hasText(value) ? value.strip() : null;
    }

    static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
