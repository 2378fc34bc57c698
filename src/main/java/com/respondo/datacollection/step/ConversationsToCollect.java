package com.respondo.datacollection.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ItemReader;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.CollectionProgress;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepProgress;
import com.respondo.tempbox.LatestMessage;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;

/**
 * Reads, page by page, the open conversations of one tenant partition that have messages the data-collection step
 * has not read: {@code ListarMensagensEmAberto} rows {@code Inicio..Termino} (1-based, inclusive), kept when the
 * conversation falls in the partition's bucket, its newest message is not the one its progress recorded (one progress
 * query per page) and that message is older than the debounce window. A conversation is read once per run even if
 * the list shifts while it is paged; conversations that close before a run are not collected.
 * <p>
 * The reference says neither whether the list has one row per conversation or one per message, nor in which order:
 * a page's rows are grouped by conversation and its newest message (by {@code Cadastro}) stands for it, so that all
 * its messages up to that one are collected, not only those up to the first row listed.
 */
final class ConversationsToCollect implements ItemReader<Candidate> {

    private static final Logger log = LoggerFactory.getLogger(ConversationsToCollect.class);

    private final TempBoxClient client;

    private final Tenant tenant;

    private final Partition partition;

    private final CollectedDataRepository repository;

    private final int pageSize;

    private final Duration debounce;

    private final Clock clock;

    private final Queue<Candidate> buffer = new ArrayDeque<>();

    /** The conversations found so far, for the admin API's progress ("done of found"). */
    private long found;

    /** The conversations read in this run (lower-case ids). */
    private final Set<String> seen = new HashSet<>();

    /** The rows listed so far in this run (lower-case message ids), to tell a list that ignores the paging. */
    private final Set<String> listed = new HashSet<>();

    private int nextRow = 1;

    private boolean exhausted;

    ConversationsToCollect(TempBoxClient client, Tenant tenant, Partition partition,
            CollectedDataRepository repository, int pageSize, Duration debounce, Clock clock) {
        this.client = client;
        this.tenant = tenant;
        this.partition = partition;
        this.repository = repository;
        this.pageSize = pageSize;
        this.debounce = debounce;
        this.clock = clock;
    }

    @Override
    public @Nullable Candidate read() {
        while (buffer.isEmpty() && !exhausted) {
            readPage();
        }
        return buffer.poll();
    }

    private void readPage() {
        int first = nextRow;
        List<LatestMessage> rows = client.listarMensagensEmAberto(tenant,
                new ListarMensagensEmAbertoRequest(tenant.empresa(), first, first + pageSize - 1));
        nextRow += pageSize;
        List<LatestMessage> complete = complete(rows);
        boolean repeated = repeated(complete, first);
        List<LatestMessage> unseen = newestPerConversation(complete).stream()
            .filter(row -> seen.add(CollectedDataRepository.id(row.atendimento())))
            .toList();
        exhausted = rows.size() < pageSize || repeated;
        List<LatestMessage> mine = unseen.stream().filter(row -> inBucket(row.atendimento())).toList();
        Map<String, CollectionProgress> progress = repository.progressOf(tenant.id(),
                mine.stream().map(LatestMessage::atendimento).toList());
        Instant quietBefore = clock.instant().minus(debounce);
        for (LatestMessage row : mine) {
            CollectionProgress known = progress.get(CollectedDataRepository.id(row.atendimento()));
            if (hasUnread(row, known) && !row.cadastro().isAfter(quietBefore)) {
                buffer.add(new Candidate(row.atendimento(), row.atendimentoHash(), row.atendimentoMensagem(),
                        row.cadastro(), row.solicitanteTitulo(), known));
                found++;
            }
        }
        StepContext step = StepSynchronizationManager.getContext();
        if (step != null) {
            StepProgress.reportFound(step.getStepExecution(), found);
        }
    }

    /** The rows with the ids and time the step needs; the others are counted in a warning. */
    private List<LatestMessage> complete(List<LatestMessage> rows) {
        List<LatestMessage> complete = rows.stream()
            .filter(row -> row.atendimento() != null && row.atendimentoMensagem() != null && row.cadastro() != null)
            .toList();
        if (complete.size() < rows.size()) {
            log.warn("{} row(s) of ListarMensagensEmAberto of tenant '{}' lack Atendimento, AtendimentoMensagem or "
                    + "Cadastro and were ignored", rows.size() - complete.size(), tenant.id());
        }
        return complete;
    }

    /** Each conversation's newest row (the later one on a tie), in the order of their first rows. */
    private static List<LatestMessage> newestPerConversation(List<LatestMessage> rows) {
        Map<String, LatestMessage> newest = new LinkedHashMap<>();
        for (LatestMessage row : rows) {
            newest.merge(CollectedDataRepository.id(row.atendimento()), row,
                    (kept, next) -> next.cadastro().isBefore(kept.cadastro()) ? kept : next);
        }
        return new ArrayList<>(newest.values());
    }

    /** Whether a page only repeated rows already read: TempBox ignored Inicio/Termino; stop, not page forever. */
    private boolean repeated(List<LatestMessage> complete, int first) {
        boolean anyNew = false;
        for (LatestMessage row : complete) {
            anyNew |= listed.add(CollectedDataRepository.id(row.atendimentoMensagem()));
        }
        if (complete.isEmpty() || anyNew) {
            return false;
        }
        log.warn("ListarMensagensEmAberto of tenant '{}' repeated rows already read at row {}; stopping there",
                tenant.id(), first);
        return true;
    }

    private static boolean hasUnread(LatestMessage row, @Nullable CollectionProgress progress) {
        if (progress == null) {
            return true;
        }
        boolean sameMessage = CollectedDataRepository.id(row.atendimentoMensagem()).equals(progress.lastMessageId());
        return !sameMessage && !row.cadastro().isBefore(progress.lastMessageAt());
    }

    /** Whether the conversation belongs to this partition's bucket (a stable hash of its lower-case id). */
    private boolean inBucket(String atendimento) {
        return bucketOf(atendimento, partition.buckets()) == partition.bucket();
    }

    static int bucketOf(String atendimento, int buckets) {
        return Math.floorMod(atendimento.trim().toLowerCase(Locale.ROOT).hashCode(), buckets);
    }
}
