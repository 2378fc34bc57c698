package com.respondo.replies.step;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReader;

import com.respondo.conversation.Ids;
import com.respondo.jobs.Partition;
import com.respondo.tempbox.AtendimentoEmAberto;
import com.respondo.tempbox.ListarEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;

/**
 * A follow-up step's reader, thin: lists the tenant's open conversations once ({@code ListarEmAberto}) and hands
 * over the ids of those the bot owns in the partition's bucket; whether one is in a silence with a follow-up due is
 * the processor's question, on the whole conversation. Nothing is read when the tenant's follow-ups are off.
 */
final class SilentConversationReader implements ItemReader<String> {

    private final TempBoxClient client;

    private final Tenant tenant;

    private final Partition partition;

    private final boolean enabled;

    private @Nullable Deque<String> ids;

    SilentConversationReader(TempBoxClient client, Tenant tenant, Partition partition, boolean enabled) {
        this.client = client;
        this.tenant = tenant;
        this.partition = partition;
        this.enabled = enabled;
    }

    @Override
    public @Nullable String read() {
        if (ids == null) {
            ids = new ArrayDeque<>();
            if (enabled) {
                for (AtendimentoEmAberto row : client.listarEmAberto(tenant, new ListarEmAbertoRequest(tenant.empresa()))) {
                    if (row.atendimento() != null && Ids.same(row.atendenteHash(), tenant.atendente())
                            && inPartition(row.atendimento())) {
                        ids.add(row.atendimento());
                    }
                }
            }
        }
        return ids.poll();
    }

    private boolean inPartition(String atendimento) {
        return partition.buckets() == 1 || Math.floorMod(atendimento.toLowerCase(Locale.ROOT).hashCode(),
                partition.buckets()) == partition.bucket();
    }
}
