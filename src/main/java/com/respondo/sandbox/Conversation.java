package com.respondo.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One conversation (Atendimento) of a sandbox company: fixed identity plus state guarded by its own monitor, so that
 * concurrent callers only contend when they touch the same conversation.
 * <p>
 * The newest message and whether the conversation is open are also published through volatile fields, so that the
 * paged lists can skip rows without taking the lock.
 */
final class Conversation {

    private final UUID id;
    private final UUID hash;
    private final int autonumeracao;
    private final int autonumeracaoEmpresa;
    private final UUID empresa;
    private final Customer customer;
    private final Instant cadastro;
    private final @Nullable UUID createdBy;

    private final List<Message> messages = new ArrayList<>();
    private int plataforma;
    private @Nullable UUID owner;
    private @Nullable UUID responsible;
    private boolean iniciado;
    private @Nullable Instant inicio;
    private @Nullable Instant termino;
    private @Nullable String titulo;
    private int categoria;
    private boolean privado;
    private boolean notificavel = true;
    private @Nullable String acessoLiberado;
    private @Nullable String observacoes;
    private @Nullable String virtualHtml;
    private Instant alteracao;
    private @Nullable UUID alteradoPor;
    private int collectedUpTo;

    private volatile @Nullable Message newest;
    private volatile boolean open = true;

    Conversation(UUID id, UUID hash, int autonumeracao, int autonumeracaoEmpresa, UUID empresa, Customer customer,
            int plataforma, @Nullable String titulo, Instant cadastro, @Nullable UUID createdBy) {
        this.id = id;
        this.hash = hash;
        this.autonumeracao = autonumeracao;
        this.autonumeracaoEmpresa = autonumeracaoEmpresa;
        this.empresa = empresa;
        this.customer = customer;
        this.plataforma = plataforma;
        this.titulo = titulo;
        this.cadastro = cadastro;
        this.alteracao = cadastro;
        this.createdBy = createdBy;
    }

    UUID id() {
        return id;
    }

    UUID hash() {
        return hash;
    }

    int autonumeracao() {
        return autonumeracao;
    }

    Customer customer() {
        return customer;
    }

    @Nullable Message newest() {
        return newest;
    }

    boolean open() {
        return open;
    }

    synchronized void append(Message message) {
        messages.add(message);
        newest = message;
        alteracao = message.cadastro();
        if (message.fromAttendant()) {
            alteradoPor = message.attendant();
        }
    }

    synchronized void start(UUID attendant, Instant now) {
        owner = attendant;
        responsible = attendant;
        iniciado = true;
        if (inicio == null) {
            inicio = now;
        }
        touch(attendant, now);
    }

    synchronized void forward(UUID attendant, Instant now) {
        owner = attendant;
        responsible = attendant;
        touch(attendant, now);
    }

    /** Closes the conversation; answers whether it was open. */
    synchronized boolean close(@Nullable UUID by, Instant now) {
        boolean wasOpen = open;
        open = false;
        if (termino == null || wasOpen) {
            termino = now;
        }
        touch(by, now);
        return wasOpen;
    }

    synchronized void reopen(Instant now) {
        open = true;
        termino = null;
        touch(null, now);
    }

    synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /** The customer messages not yet seen by data collection; marks them seen. */
    synchronized List<Message> collectCustomerMessages() {
        List<Message> fresh = messages.stream()
            .filter(message -> !message.fromAttendant() && message.autonumeracao() > collectedUpTo)
            .toList();
        messages.stream().mapToInt(Message::autonumeracao).max().ifPresent(max -> collectedUpTo = max);
        return fresh;
    }

    /** Applies a Salvar call: each field it gives replaces the conversation's, the others stay as they are. */
    synchronized void save(SalvarChanges changes, Instant now) {
        owner = changed(changes.atendente(), owner);
        responsible = changed(changes.referenteResponsavel(), responsible);
        iniciado = changed(changes.iniciado(), iniciado);
        inicio = changed(changes.inicioAtendimento(), inicio);
        termino = changed(changes.terminoAtendimento(), termino);
        titulo = changed(changes.titulo(), titulo);
        categoria = changed(changes.categoria(), categoria);
        plataforma = changed(changes.plataforma(), plataforma);
        privado = changed(changes.privado(), privado);
        notificavel = changed(changes.notificavel(), notificavel);
        acessoLiberado = changed(changes.acessoLiberado(), acessoLiberado);
        observacoes = changed(changes.observacoesAdicionais(), observacoes);
        virtualHtml = changed(changes.virtualHtmlConversa(), virtualHtml);
        touch(changes.usuarioAlteracao(), now);
    }

    synchronized void appendObservation(String line, Instant now) {
        observacoes = observacoes == null || observacoes.isBlank() ? line : observacoes + "\n" + line;
        touch(null, now);
    }

    /** A consistent copy of the state, taken under the lock, for building answers outside it. */
    synchronized ConversationView view() {
        Instant lastCustomer = null;
        Instant lastAttendant = null;
        int unread = 0;
        for (Message message : messages) {
            if (message.fromAttendant()) {
                lastAttendant = message.cadastro();
                unread = 0;
            }
            else {
                lastCustomer = message.cadastro();
                unread++;
            }
        }
        return new ConversationView(id, hash, autonumeracao, autonumeracaoEmpresa, empresa, customer, cadastro,
                createdBy, plataforma, owner, responsible, iniciado, !open, inicio, termino, titulo, categoria, privado,
                notificavel, acessoLiberado, observacoes, virtualHtml, alteracao, alteradoPor, newest, lastCustomer,
                lastAttendant, unread, messages.size());
    }

    /** What a Salvar call gives for a field, or (null: "leave as is") the field's current value. */
    private static <T extends @Nullable Object> T changed(@Nullable T given, T current) {
        return (given != null) ? given : current;
    }

    private void touch(@Nullable UUID by, Instant now) {
        alteracao = now;
        if (by != null) {
            alteradoPor = by;
        }
    }
}
