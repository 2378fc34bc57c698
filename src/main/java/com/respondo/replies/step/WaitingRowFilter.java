package com.respondo.replies.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.ConversationSummary;
import com.respondo.conversation.Ids;
import com.respondo.conversation.UnusableItemException;
import com.respondo.jobs.Partition;
import com.respondo.ledger.LedgerStatus;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.tempbox.LatestMessage;

import static com.respondo.conversation.ConversationLoader.blankToNull;

/**
 * Which rows of {@code ListarMensagensEmAberto} wait for one reply step in one tenant partition, in two passes around
 * the page's one ledger query: first the rows that may be the step's (in the partition's bucket, unowned for
 * initial-response or owned by the tenant's bot for bot-reply and ai-reply, never a human's, the customer's message
 * newest), then, with the ledger's statuses, those not yet answered nor settled by this step and past the debounce
 * window. A row that cannot be used becomes an {@link UnusableItemException} naming its reason.
 * <p>
 * The reference says neither whether the list has one row per conversation or one per message, nor in which order:
 * rows are grouped by conversation, the newest customer message standing for it (none when an attendant's row of the
 * page is newer), and a conversation is handed to the step at most once per run (the processor reads it whole and
 * answers its newest message); a later page's row of a conversation already considered counts only when newer.
 * One instance serves one run of the reader.
 */
final class WaitingRowFilter {

    private final ReplyStep step;

    private final String botAttendantId;

    private final Partition partition;

    private final WaitingRule waitingRule;

    /** The conversations handed to the step in this run (lower-case ids). */
    private final Set<String> handedOut = new HashSet<>();

    /** The newest customer message time considered so far per conversation (lower-case ids). */
    private final Map<String, Instant> considered = new HashMap<>();

    WaitingRowFilter(ReplyStep step, String botAttendantId, Partition partition, WaitingRule waitingRule) {
        this.step = step;
        this.botAttendantId = botAttendantId;
        this.partition = partition;
        this.waitingRule = waitingRule;
    }

    /**
     * First pass: the rows that may wait for the step, one per conversation (its newest customer message), and the
     * problems of those that cannot be used.
     */
    Screened screen(List<LatestMessage> rows) {
        Map<String, Candidate> newest = new LinkedHashMap<>();
        Map<String, Instant> attendantsLast = new HashMap<>();
        List<Row> problems = new ArrayList<>();
        for (LatestMessage row : rows) {
            String atendimento = blankToNull(row.atendimento());
            String messageId = blankToNull(row.atendimentoMensagem());
            if (atendimento == null) {
                problems.add(Row.unusable("row without Atendimento", null, messageId));
                continue;
            }
            String key = key(atendimento);
            if (!inBucket(atendimento) || !forThisStep(blankToNull(row.atendenteResponsavel()))
                    || handedOut.contains(key)) {
                continue;
            }
            if (row.mensagemAtendente() == null) {
                problems.add(Row.unusable("row with an unreadable MensagemAtendente", atendimento, messageId));
            }
            else if (row.mensagemAtendente()) {
                if (row.cadastro() != null) {
                    attendantsLast.merge(key, row.cadastro(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            else if (messageId == null) {
                problems.add(Row.unusable("row without AtendimentoMensagem", atendimento, null));
            }
            else {
                newest.merge(key, new Candidate(row, atendimento, messageId), WaitingRowFilter::newer);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        newest.forEach((key, candidate) -> {
            if (!answeredInPage(candidate, attendantsLast.get(key)) && newerThanConsidered(key, candidate)) {
                candidates.add(candidate);
            }
        });
        return new Screened(candidates, problems);
    }

    /** Of two customer rows of a conversation, the newer (the later row on a tie; a readable Cadastro wins). */
    private static Candidate newer(Candidate kept, Candidate next) {
        Instant keptAt = kept.row().cadastro();
        Instant nextAt = next.row().cadastro();
        if (keptAt == null || nextAt == null) {
            return keptAt == null ? next : kept;
        }
        return nextAt.isBefore(keptAt) ? kept : next;
    }

    /** Whether an attendant's row of the same page is newer than the customer's: the message was answered. */
    private static boolean answeredInPage(Candidate candidate, @Nullable Instant attendantsLast) {
        Instant at = candidate.row().cadastro();
        return at != null && attendantsLast != null && attendantsLast.isAfter(at);
    }

    /** Whether the row is newer than what an earlier page showed of its conversation; remembers it. */
    private boolean newerThanConsidered(String key, Candidate candidate) {
        Instant at = candidate.row().cadastro();
        if (at == null) {
            return true;
        }
        Instant before = considered.get(key);
        if (before != null && !at.isAfter(before)) {
            return false;
        }
        considered.put(key, at);
        return true;
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
            if (row.cadastro() == null || hash == null) {
                handedOut.add(key(candidate.atendimento()));
            }
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
                    handedOut.add(key(candidate.atendimento()));
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

    private static String key(String atendimento) {
        return atendimento.toLowerCase(Locale.ROOT);
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
