package com.respondo.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemReader;

import com.respondo.jobs.Partition;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.ReplyLedger;
import com.respondo.tempbox.LatestMessage;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;

import static com.respondo.replies.ConversationLoader.blankToNull;

/**
 * Reads, for one reply step and one tenant partition, the open conversations that wait for that step: pages through
 * {@code ListarMensagensEmAberto} ({@code Inicio}/{@code Termino}, one page at a time, never all at once) and keeps the
 * rows that are in the partition's bucket, wait for this step by the {@link WaitingRule} (unowned for
 * initial-response, owned by the tenant's bot for bot-reply and ai-reply, never a human's) and are not yet answered
 * nor already decided by this step, by one ledger query per page.
 * <p>
 * A row that cannot be used (no {@code Atendimento}, no {@code AtendimentoMensagem}, an unreadable {@code Cadastro} or
 * {@code MensagemAtendente}, no {@code AtendimentoHash}) is read as an {@link UnusableItemException}, which the step
 * skips with its reason. A page that cannot be read fails the step ({@link PageReadException}), naming the tenant
 * and the cause.
 * <p>
 * Answering or closing conversations changes the list while it is paged. TempBox orders it by the conversation's
 * {@code Autonumeracao}, which never changes, and answers keep a conversation in the list, so only closures (by a
 * step or by a human) shift later rows towards the start: a row can then fall before the next page's first row and is
 * left to the next run. No row is read twice in a run because nothing shifts rows towards the end, and even if one
 * were, the ledger would refuse a second answer.
 */
final class OpenConversationReader implements ItemReader<OpenConversation> {

    private static final Logger log = LoggerFactory.getLogger(OpenConversationReader.class);

    private final TempBoxClient client;

    private final Tenant tenant;

    private final ReplyStep step;

    private final Partition partition;

    private final ReplyLedger ledger;

    private final WaitingRule waitingRule;

    private final Clock clock;

    private final int pageSize;

    private final Deque<Entry> buffer = new ArrayDeque<>();

    private int nextRow;

    private boolean exhausted;

    OpenConversationReader(TempBoxClient client, Tenant tenant, ReplyStep step, Partition partition,
            ReplyLedger ledger, WaitingRule waitingRule, Clock clock, int pageSize, int firstRow) {
        this.client = client;
        this.tenant = tenant;
        this.step = step;
        this.partition = partition;
        this.ledger = ledger;
        this.waitingRule = waitingRule;
        this.clock = clock;
        this.pageSize = pageSize;
        this.nextRow = firstRow;
    }

    @Override
    public @Nullable OpenConversation read() {
        while (buffer.isEmpty() && !exhausted) {
            readPage();
        }
        Entry entry = buffer.poll();
        if (entry == null) {
            return null;
        }
        if (entry.problem() != null) {
            throw entry.problem();
        }
        return entry.item();
    }

    private void readPage() {
        int last = nextRow + pageSize - 1;
        List<LatestMessage> rows;
        try {
            rows = client.listarMensagensEmAberto(tenant,
                    new ListarMensagensEmAbertoRequest(tenant.empresa(), nextRow, last));
        }
        catch (TempBoxException ex) {
            throw new PageReadException("TempBox ListarMensagensEmAberto for tenant '" + tenant.id() + "' (rows "
                    + nextRow + " to " + last + "): " + ex.summary(), ex);
        }
        if (rows.size() > pageSize) {
            log.warn("TempBox ListarMensagensEmAberto for tenant {} answered {} rows for rows {} to {}: reading them "
                    + "as the last page", tenant.id(), rows.size(), nextRow, last);
        }
        exhausted = rows.size() != pageSize;
        nextRow = last + 1;
        screen(rows);
    }

    private void screen(List<LatestMessage> rows) {
        List<Candidate> candidates = new ArrayList<>();
        for (LatestMessage row : rows) {
            Candidate candidate = candidate(row);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Map<String, LedgerStatus>> statuses = ledger.statusByMessageAndStep(tenant.id(),
                candidates.stream().map(Candidate::messageId).toList());
        Instant now = clock.instant();
        for (Candidate candidate : candidates) {
            if (!settled(statuses.getOrDefault(candidate.messageId(), Map.of()))) {
                accept(candidate, now);
            }
        }
    }

    /** The row when it may wait for this step (unused rows left out, unusable ones buffered as problems). */
    private @Nullable Candidate candidate(LatestMessage row) {
        String atendimento = blankToNull(row.atendimento());
        String messageId = blankToNull(row.atendimentoMensagem());
        if (atendimento == null) {
            problem("row without Atendimento", null, messageId);
            return null;
        }
        if (!inBucket(atendimento)) {
            return null;
        }
        String owner = blankToNull(row.atendenteResponsavel());
        boolean forThisStep = (owner == null) ? step == ReplyStep.INITIAL_RESPONSE
                : Ids.same(owner, tenant.atendente()) && step != ReplyStep.INITIAL_RESPONSE;
        if (!forThisStep) {
            return null;
        }
        if (row.mensagemAtendente() == null) {
            problem("row with an unreadable MensagemAtendente", atendimento, messageId);
            return null;
        }
        if (row.mensagemAtendente()) {
            return null;
        }
        if (messageId == null) {
            problem("row without AtendimentoMensagem", atendimento, null);
            return null;
        }
        return new Candidate(row, atendimento, messageId, owner);
    }

    /**
     * Whether the ledger settles the message for this step: another step holds its answer, or this step already
     * sent, deferred or skipped it. This step's own intent is not settled: the claim tells a run still at work from
     * one that crashed.
     */
    private boolean settled(Map<String, LedgerStatus> byStep) {
        for (Map.Entry<String, LedgerStatus> entry : byStep.entrySet()) {
            boolean own = entry.getKey().equals(step.stepName());
            LedgerStatus status = entry.getValue();
            if (own ? status == LedgerStatus.SENT || status == LedgerStatus.DEFERRED || status == LedgerStatus.SKIPPED
                    : status.holdsAnswer()) {
                return true;
            }
        }
        return false;
    }

    private void accept(Candidate candidate, Instant now) {
        LatestMessage row = candidate.row();
        if (row.cadastro() == null) {
            problem("row with an unreadable Cadastro", candidate.atendimento(), candidate.messageId());
            return;
        }
        String hash = blankToNull(row.atendimentoHash());
        if (hash == null) {
            problem("row without AtendimentoHash", candidate.atendimento(), candidate.messageId());
            return;
        }
        ConversationSummary summary = new ConversationSummary(candidate.atendimento(), candidate.owner(), false,
                candidate.messageId(), true, row.cadastro());
        if (waitingRule.evaluate(summary, tenant.atendente(), now).isFor(step)) {
            buffer.add(new Entry(new OpenConversation(summary, hash), null));
        }
    }

    private boolean inBucket(String atendimento) {
        return partition.buckets() == 1
                || Math.floorMod(atendimento.toLowerCase(Locale.ROOT).hashCode(), partition.buckets()) == partition
                    .bucket();
    }

    private void problem(String reason, @Nullable String atendimento, @Nullable String messageId) {
        buffer.add(new Entry(null, new UnusableItemException(reason, atendimento, messageId)));
    }

    /** A page of open conversations could not be read: the step fails (the next run reads again). */
    static final class PageReadException extends RuntimeException {

        PageReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Candidate(LatestMessage row, String atendimento, String messageId, @Nullable String owner) {
    }

    private record Entry(@Nullable OpenConversation item, @Nullable UnusableItemException problem) {
    }
}
