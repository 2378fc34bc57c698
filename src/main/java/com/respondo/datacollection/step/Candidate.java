package com.respondo.datacollection.step;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.respondo.datacollection.CollectionProgress;
import com.respondo.datacollection.policy.LastReadMessage;

/**
 * An open conversation whose newest message the data-collection step has not read yet, as one row of
 * {@code ListarMensagensEmAberto} shows it, with the progress the reader found for it.
 *
 * @param atendimento the conversation ({@code Atendimento})
 * @param hash the conversation's {@code AtendimentoHash}, needed to write notes back; null when TempBox left it out
 * @param newestMessageId the conversation's newest message ({@code AtendimentoMensagem})
 * @param newestAt when that message was written ({@code Cadastro})
 * @param customerName the customer's display name ({@code SolicitanteTitulo})
 * @param progress how far the conversation was collected before, null when never
 */
record Candidate(String atendimento, @Nullable String hash, String newestMessageId, Instant newestAt,
        @Nullable String customerName, @Nullable CollectionProgress progress) {

    Candidate {
        Objects.requireNonNull(atendimento, "atendimento");
        Objects.requireNonNull(newestMessageId, "newestMessageId");
        Objects.requireNonNull(newestAt, "newestAt");
    }

    /** Where the progress goes when nothing but the newest message is read (remote mode). */
    LastReadMessage newest() {
        return new LastReadMessage(atendimento, newestMessageId, newestAt);
    }

    @Override
    public String toString() {
        // Skip listeners and logs print items: no customer name in them.
        return "Candidate[atendimento=" + atendimento + ", newestMessageId=" + newestMessageId + "]";
    }
}
