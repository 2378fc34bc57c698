package com.respondo.replies.step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ItemReader;

import com.respondo.conversation.UnusableItemException;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepProgress;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.tempbox.LatestMessage;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.Tenant;

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
 * <p>
 * Within one run of the replies job, a later step works from the listing the first step read ({@link RunListings})
 * instead of listing again, unless a wake came due since that listing began: the same screening (bucket, owner,
 * ledger, debounce at the time of the step) applies to the kept rows, a conversation the run started counting as the
 * bot's. A row that left the list meanwhile (closed, taken) is still dropped by the read before deciding.
 */
final class OpenConversationReader implements ItemReader<OpenConversation> {

    private static final Logger log = LoggerFactory.getLogger(OpenConversationReader.class);

    private final TempBoxClient client;

    private final Tenant tenant;

    private final ReplyStep step;

    private final ReplyLedger ledger;

    private final WaitingRowFilter waitingRows;

    private final Clock clock;

    private final int pageSize;

    private final int maxConversationAttempts;

    private final Deque<WaitingRowFilter.Row> buffer = new ArrayDeque<>();

    private final LongConsumer waitingCounted;

    private int nextRow;

    private boolean exhausted;

    private long found;

    private final int firstRow;

    private final Predicate<Instant> wokenSince;

    private @Nullable Instant listedFrom;

    private final RunListings.@Nullable Slot kept;

    /** The pages of the pass under way, kept for the later steps once read to the end. */
    private final List<List<LatestMessage>> pages = new ArrayList<>();

    private boolean started;

    OpenConversationReader(TempBoxClient client, Tenant tenant, ReplyStep step, Partition partition,
            ReplyLedger ledger, WaitingRule waitingRule, Clock clock, int pageSize, int firstRow,
            int maxConversationAttempts, LongConsumer waitingCounted) {
        this(client, tenant, step, partition, ledger, waitingRule, clock, pageSize, firstRow, maxConversationAttempts,
                waitingCounted, since -> false);
    }

    /**
     * A reader that reads the list again from its first row, once exhausted, when {@code wokenSince} says that a wake
     * came due since the last pass began (work that arrived while the step ran, taken by this step at once instead of
     * the next run); a conversation already handed out in this run is not handed out again.
     */
    OpenConversationReader(TempBoxClient client, Tenant tenant, ReplyStep step, Partition partition,
            ReplyLedger ledger, WaitingRule waitingRule, Clock clock, int pageSize, int firstRow,
            int maxConversationAttempts, LongConsumer waitingCounted, Predicate<Instant> wokenSince) {
        this(client, tenant, step, partition, ledger, waitingRule, clock, pageSize, firstRow, maxConversationAttempts,
                waitingCounted, wokenSince, null);
    }

    /**
     * A reader that, given the {@link RunListings} slot of its partition, works from the listing an earlier step of
     * the same run kept, when there is one and no wake came due since it began, instead of listing again; and keeps
     * the listing it reads itself to its end for the later steps.
     */
    OpenConversationReader(TempBoxClient client, Tenant tenant, ReplyStep step, Partition partition,
            ReplyLedger ledger, WaitingRule waitingRule, Clock clock, int pageSize, int firstRow,
            int maxConversationAttempts, LongConsumer waitingCounted, Predicate<Instant> wokenSince,
            RunListings.@Nullable Slot kept) {
        this.kept = kept;
        this.firstRow = firstRow;
        this.wokenSince = wokenSince;
        this.maxConversationAttempts = maxConversationAttempts;
        this.client = client;
        this.waitingCounted = waitingCounted;
        this.tenant = tenant;
        this.step = step;
        this.ledger = ledger;
        this.waitingRows = new WaitingRowFilter(step, tenant.atendente(), partition, waitingRule);
        this.clock = clock;
        this.pageSize = pageSize;
        this.nextRow = firstRow;
    }

    @Override
    public @Nullable OpenConversation read() {
        if (!started) {
            started = true;
            useKept();
        }
        while (buffer.isEmpty() && !exhausted) {
            readPage();
        }
        Instant from = listedFrom;
        if (buffer.isEmpty() && from != null && wokenSince.test(from)) {
            log.debug("Reading the open conversations of tenant {} again for {}: a wake came due meanwhile",
                    tenant.id(), step.stepName());
            nextRow = firstRow;
            exhausted = false;
            while (buffer.isEmpty() && !exhausted) {
                readPage();
            }
        }
        WaitingRowFilter.Row entry = buffer.poll();
        if (entry == null) {
            return null;
        }
        if (entry.problem() != null) {
            throw entry.problem();
        }
        return entry.item();
    }

    /**
     * Screens the listing an earlier step of this run kept, if any (and no wake came due since it began), as if just
     * read: the rows of conversations this run started as the bot's.
     */
    private void useKept() {
        RunListings.Slot slot = kept;
        RunListings.Listing listing = (slot == null) ? null : slot.fresh();
        if (slot == null || listing == null) {
            return;
        }
        log.debug("Open conversations of tenant {} for {} from the {} page(s) this run listed", tenant.id(),
                step.stepName(), listing.pages().size());
        listedFrom = listing.listedFrom();
        exhausted = true;
        for (List<LatestMessage> page : listing.pages()) {
            screen(page.stream().map(row -> startedInRun(slot, row) ? asBots(row) : row).toList());
        }
        reportFound();
    }

    private boolean startedInRun(RunListings.Slot slot, LatestMessage row) {
        return step != ReplyStep.INITIAL_RESPONSE && row.atendimento() != null
                && (row.atendenteResponsavel() == null || row.atendenteResponsavel().isBlank())
                && slot.startedInRun(row.atendimento());
    }

    private LatestMessage asBots(LatestMessage row) {
        return new LatestMessage(tenant.atendente(), row.atendimento(), row.atendimentoHash(),
                row.atendimentoMensagem(), row.cadastro(), row.inicioAtendimentoOriginal(), row.mensagem(),
                row.mensagemAtendente(), row.solicitanteTitulo(), row.terminoAtendimentoOriginal());
    }

    private void readPage() {
        if (nextRow == firstRow) {
            listedFrom = Instant.now();
            pages.clear();
        }
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
        RunListings.Slot slot = kept;
        Instant from = listedFrom;
        if (slot != null && from != null) {
            if (pages.size() <= RunListings.MAX_PAGES) { // one page more than a kept listing holds: too long to keep
                pages.add(Collections.unmodifiableList(new ArrayList<>(rows)));
            }
            if (exhausted) {
                slot.keep(from, pages);
            }
        }
        screen(rows);
        reportFound();
    }

    /** Tells the admin API how many items this step has found so far and, at the end, the waiting-conversations gauge. */
    private void reportFound() {
        StepContext step = StepSynchronizationManager.getContext();
        if (step != null) {
            StepProgress.reportFound(step.getStepExecution(), found);
        }
        if (exhausted) {
            waitingCounted.accept(found);
        }
    }

    private void screen(List<LatestMessage> rows) {
        WaitingRowFilter.Screened screened = waitingRows.screen(rows);
        buffer.addAll(screened.problems());
        if (screened.candidates().isEmpty()) {
            return;
        }
        Map<String, Map<String, LedgerStatus>> statuses = ledger.statusByMessageAndStep(tenant.id(),
                screened.messageIds());
        List<WaitingRowFilter.Row> accepted = waitingRows.accept(notGivenUp(screened.candidates(), statuses), statuses,
                clock.instant());
        found += accepted.size();
        buffer.addAll(accepted);
    }

    /**
     * The candidates without those whose conversation TempBox could not read for this step in
     * {@code max-conversation-attempts} runs ({@link ConversationFailures}); asked of the ledger only when the page
     * has messages FAILED for this step.
     */
    private List<WaitingRowFilter.Candidate> notGivenUp(List<WaitingRowFilter.Candidate> candidates,
            Map<String, Map<String, LedgerStatus>> statuses) {
        List<String> failed = candidates.stream()
            .map(WaitingRowFilter.Candidate::messageId)
            .filter(id -> statuses.getOrDefault(id, Map.of()).get(step.stepName()) == LedgerStatus.FAILED)
            .toList();
        if (failed.isEmpty()) {
            return candidates;
        }
        Set<String> givenUp = ledger.givenUp(tenant.id(), step.stepName(), failed, maxConversationAttempts);
        return candidates.stream().filter(candidate -> !givenUp.contains(candidate.messageId())).toList();
    }

    /** A page of open conversations could not be read: the step fails (the next run reads again). */
    static final class PageReadException extends RuntimeException {

        PageReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
