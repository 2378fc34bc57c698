package com.respondo.datacollection.step;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.policy.CustomerData;
import com.respondo.datacollection.policy.LastReadMessage;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.ConsultarRequest;
import com.respondo.tempbox.SalvarRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;

/**
 * Writes a short summary of collected data back to the conversation, appended to its {@code ObservacoesAdicionais}
 * (Consultar, then Salvar of that field alone, as the tenant's bot attendant). Each line starts with a tag made from
 * the newest message it summarises, so writing the same collection again (a retried run) changes nothing.
 */
final class ConversationNotes {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    private final TempBoxClient client;

    private final ZoneId zone;

    ConversationNotes(TempBoxClient client, ZoneId zone) {
        this.client = client;
        this.zone = zone;
    }

    /** What {@link #append} did. */
    enum Outcome {
        WRITTEN, ALREADY_THERE, NO_CONVERSATION
    }

    /** Appends the summary of the data collected up to a message, unless the notes already carry it. */
    Outcome append(Tenant tenant, String hash, CustomerData data, LastReadMessage upTo) {
        Optional<Atendimento> conversation = client.consultar(tenant, new ConsultarRequest(hash));
        if (conversation.isEmpty()) {
            return Outcome.NO_CONVERSATION;
        }
        String existing = conversation.get().observacoesAdicionais();
        String tag = tag(upTo.messageId());
        if (existing != null && existing.contains(tag)) {
            return Outcome.ALREADY_THERE;
        }
        String line = tag + " " + STAMP.format(upTo.messageAt().atZone(zone)) + "] " + describe(data);
        client.salvar(tenant, SalvarRequest.builder()
            .empresa(tenant.empresa())
            .hash(hash)
            .camposAtualizados("ObservacoesAdicionais")
            .observacoesAdicionais(appended(existing, line))
            .usuarioAlteracao(tenant.atendente())
            .build());
        return Outcome.WRITTEN;
    }

    /** The opening of a summary line: "[Respondo" and the first 8 characters of the newest message summarised. */
    static String tag(String messageId) {
        String id = CollectedDataRepository.id(messageId).replace("-", "");
        return "[Respondo " + id.substring(0, Math.min(8, id.length()));
    }

    /** The collected values, labelled in pt-BR, most useful first. */
    static String describe(CustomerData data) {
        List<String> parts = new ArrayList<>();
        add(parts, "Intenção", data.intent());
        add(parts, "Urgência", data.urgency());
        add(parts, "Sentimento", data.sentiment());
        add(parts, "Nome", data.name());
        add(parts, "E-mail", data.email());
        add(parts, "Telefone", data.phone());
        add(parts, "CPF", data.cpf());
        add(parts, "CNPJ", data.cnpj());
        add(parts, "CEP", data.cep());
        add(parts, "Resumo", data.summary());
        return "Dados coletados: " + String.join("; ", parts);
    }

    private static String appended(@Nullable String existing, String line) {
        if (existing == null || existing.isBlank()) {
            return line;
        }
        return existing.endsWith("\n") ? existing + line : existing + "\n" + line;
    }

    private static void add(List<String> parts, String label, @Nullable Object value) {
        if (value != null) {
            parts.add(label + ": " + value);
        }
    }
}
