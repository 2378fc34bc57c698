package com.respondo.replies.step;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReader;

import com.respondo.conversation.Ids;
import com.respondo.jobs.Partition;
import com.respondo.tempbox.AtendimentoEmAberto;
import com.respondo.tempbox.ListarEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;

/**
 * A follow-up step's reader, thin: takes the tenant's open conversations ({@code ListarEmAberto}, listed once per job
 * execution for both follow-up steps, see {@link FollowUpWatch}) and hands over the rows of those the bot owns in the
 * partition's bucket and that may have a follow-up due (not read again before the instant their last read gave);
 * whether one is in a silence with a follow-up due is the processor's question, on the whole conversation. Nothing is
 * read when the tenant's follow-ups are off.
 */
final class SilentConversationReader implements ItemReader<AtendimentoEmAberto> {

    private final TempBoxClient client;

    private final Tenant tenant;

    private final Partition partition;

    private final boolean enabled;

    private final FollowUpWatch watch;

    private final Supplier<@Nullable Long> runId;

    private @Nullable Deque<AtendimentoEmAberto> rows;

    SilentConversationReader(TempBoxClient client, Tenant tenant, Partition partition, boolean enabled,
            FollowUpWatch watch, Supplier<@Nullable Long> runId) {
        this.client = client;
        this.tenant = tenant;
        this.partition = partition;
        this.enabled = enabled;
        this.watch = watch;
        this.runId = runId;
    }

    @Override
    public @Nullable AtendimentoEmAberto read() {
        if (rows == null) {
            rows = new ArrayDeque<>();
            if (enabled) {
                for (AtendimentoEmAberto row : watch.openConversations(tenant.id(), runId.get(),
                        () -> client.listarEmAberto(tenant, new ListarEmAbertoRequest(tenant.empresa())))) {
                    if (row.atendimento() != null && Ids.same(row.atendenteHash(), tenant.atendente())
                            && inPartition(row.atendimento()) && watch.mayBeDue(tenant.id(), row)) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows.poll();
    }

    private boolean inPartition(String atendimento) {
        return partition.buckets() == 1 || Math.floorMod(atendimento.toLowerCase(Locale.ROOT).hashCode(),
                partition.buckets()) == partition.bucket();
    }
}
