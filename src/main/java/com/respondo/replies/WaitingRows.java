package com.respondo.replies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.respondo.jobs.Partition;
import com.respondo.ledger.LedgerStatus;
import com.respondo.tempbox.LatestMessage;

import static com.respondo.replies.ConversationLoader.blankToNull;

/**
 * Which rows of {@code ListarMensagensEmAberto} wait for one reply step in one tenant partition, in two passes around
 * the page's one ledger query: first the rows that may be the step's (in the partition's bucket, unowned for
 * initial-response or owned by the tenant's bot for bot-reply and ai-reply, never a human's, the customer's message
 * newest), then, with the ledger's statuses, those not yet answered nor settled by this step and past the debounce
 * window. A row that cannot be used becomes an {@link UnusableItemException} naming its reason.
 */
final class WaitingRows {

    private final ReplyStep step;

    private final String botAttendantId;

    private final Partition partition;

    private final WaitingRule waitingRule;

    WaitingRows(ReplyStep step, String botAttendantId, Partition partition, WaitingRule waitingRule) {
        this.step = step;
        this.botAttendantId = botAttendantId;
        this.partition = partition;
        this.waitingRule = waitingRule;
    }

    /** First pass: the rows that may wait for the step, and the problems of those that cannot be used. */
    Screened screen(List<LatestMessage> rows) {
        List<Candidate> candidates = new ArrayList<>();
        List<Row> problems = new ArrayList<>();
        for (LatestMessage row : rows) {
            String atendimento = blankToNull(row.atendimento());
            String messageId = blankToNull(row.atendimentoMensagem());
            if (atendimento == null) {
                problems.add(Row.unusable("row without Atendimento", null, messageId));
            }
            else if (inBucket(atendimento) && forThisStep(blankToNull(row.atendenteResponsavel()))) {
                if (row.mensagemAtendente() == null) {
                    problems.add(Row.unusable("row with an unreadable MensagemAtendente", atendimento, messageId));
                }
                else if (!row.mensagemAtendente() && messageId == null) {
                    problems.add(Row.unusable("row without AtendimentoMensagem", atendimento, null));
                }
                else if (!row.mensagemAtendente()) {
                    candidates.add(new Candidate(row, atendimento, messageId));
                }
            }
        }
        return new Screened(candidates, problems);
    }

    /**
     * Second pass: the candidates that wait for the step, by the ledger's statuses (message id, then step, then
     * status) and the debounce window at {@code now}; unusable ones as problems, in list order.
     */
    List<Row> accept(List<Candidate> candidates, Map<String, Map<String, LedgerStatus>> statuses, Instant now) {
        List<Row> accepted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (settled(statuses.getOrDefault(candidate.messageId(), Map.of()))) {
                continue;
            }
            LatestMessage row = candidate.row();
            String hash = blankToNull(row.atendimentoHash());
            if (row.cadastro() == null) {
                accepted.add(Row.unusable("row with an unreadable Cadastro", candidate.atendimento(),
                        candidate.messageId()));
            }
            else if (hash == null) {
                accepted.add(Row.unusable("row without AtendimentoHash", candidate.atendimento(),
                        candidate.messageId()));
            }
            else {
                ConversationSummary summary = new ConversationSummary(candidate.atendimento(),
                        blankToNull(row.atendenteResponsavel()), false, candidate.messageId(), true, row.cadastro());
                if (waitingRule.evaluate(summary, botAttendantId, now).isFor(step)) {
                    accepted.add(new Row(new OpenConversation(summary, hash), null));
                }
            }
        }
        return accepted;
    }

    private boolean forThisStep(@Nullable String owner) {
        return (owner == null) ? step == ReplyStep.INITIAL_RESPONSE
                : Ids.same(owner, botAttendantId) && step != ReplyStep.INITIAL_RESPONSE;
    }

    /**
     * Whether the ledger settles the message for this step: another step holds its answer, or this step already
     * sent, deferred or skipped it. This step's own intent is not settled: the claim tells a run still at work from
     * one that crashed.
     */
    private boolean settled(Map<String, LedgerStatus> byStep) {
        for (Map.Entry<String, LedgerStatus> entry : byStep.entrySet()) {
            LedgerStatus status = entry.getValue();
            boolean settled = entry.getKey().equals(step.stepName())
                    ? status == LedgerStatus.SENT || status == LedgerStatus.DEFERRED || status == LedgerStatus.SKIPPED
                    : status.holdsAnswer();
            if (settled) {
                return true;
            }
        }
        return false;
    }

    /** Whether the conversation belongs to the partition's bucket (a stable hash of its id modulo the buckets). */
    private boolean inBucket(String atendimento) {
        return partition.buckets() == 1 || Math.floorMod(atendimento.toLowerCase(Locale.ROOT).hashCode(),
                partition.buckets()) == partition.bucket();
    }

    /**
     * A row read: the conversation waiting for the step, or why the row cannot be used.
     *
     * @param item the waiting conversation, or null
     * @param problem the reason the row is skipped, or null
     */
    record Row(@Nullable OpenConversation item, @Nullable UnusableItemException problem) {

        static Row unusable(String reason, @Nullable String atendimento, @Nullable String messageId) {
            return new Row(null, new UnusableItemException(reason, atendimento, messageId));
        }
    }

    /** A row that may wait for the step, with its ids. */
    record Candidate(LatestMessage row, String atendimento, String messageId) {
    }

    /**
     * The first pass's result.
     *
     * @param candidates the rows that may wait for the step, in list order
     * @param problems the rows that cannot be used
     */
    record Screened(List<Candidate> candidates, List<Row> problems) {

        List<String> messageIds() {
            return candidates.stream().map(Candidate::messageId).toList();
        }
    }
}
