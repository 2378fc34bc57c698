package com.respondo.knowledge.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.respondo.knowledge.IndexingReport;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.knowledge.KnowledgeDocument;
import com.respondo.knowledge.Passage;
import com.respondo.knowledge.TenantKnowledge;
import com.respondo.tempbox.Tenants;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base over the tenants' folders ({@code <dir>/<tenant>}) and one Lucene index per tenant
 * ({@code <index-dir>/<tenant>}, or in memory). A tenant's checks run one at a time; searches read the index's
 * latest committed state meanwhile.
 */
final class LuceneKnowledgeBase implements KnowledgeBase, AutoCloseable {

    /** How much the customer's earlier turns weigh in a search, beside the question's own words (1). */
    static final double EARLIER_TURN_WEIGHT = 0.3;

    /** The customer's earlier turns a search reads, the latest ones. */
    static final int EARLIER_TURNS = 3;

    private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeBase.class);

    private final KnowledgeProperties properties;

    private final Tenants tenants;

    private final Clock clock;

    private final DocumentReader reader = new DocumentReader();

    private final Chunker chunker;

    private final Map<String, TenantIndex> indexes = new ConcurrentHashMap<>();

    private final Map<String, IndexingReport> lastChecks = new ConcurrentHashMap<>();

    LuceneKnowledgeBase(KnowledgeProperties properties, Tenants tenants, Clock clock) {
        this.properties = properties;
        this.tenants = tenants;
        this.clock = clock;
        this.chunker = new Chunker(properties.chunkChars());
    }

    @Override
    public List<Passage> search(String tenantId, String query, int limit) {
        return searchForQuestion(tenantId, query, List.of(), limit);
    }

    @Override
    public List<Passage> searchForQuestion(String tenantId, String question, List<String> recentCustomerTurns,
            int limit) {
        TenantIndex index = checkedIndex(tenantId);
        QuestionWords words = new QuestionWords();
        words.add(question, 1);
        recentCustomerTurns.subList(Math.max(0, recentCustomerTurns.size() - EARLIER_TURNS), recentCustomerTurns.size())
            .forEach(turn -> words.add(turn, EARLIER_TURN_WEIGHT));
        PassageSearch search = new PassageSearch(words);
        return io(() -> index.search(searcher -> search.run(searcher, limit)));
    }

    @Override
    public double supportThreshold() {
        return properties.minScore();
    }

    @Override
    public IndexingReport refresh(String tenantId) {
        return check(tenantId, false);
    }

    @Override
    public IndexingReport reindex(String tenantId) {
        return check(tenantId, true);
    }

    /** Checks every tenant's folder; a tenant whose check fails is logged and the others go on. */
    void refreshAll() {
        for (String tenant : tenants.ids()) {
            try {
                refresh(tenant);
            }
            catch (RuntimeException ex) {
                log.warn("Checking the knowledge folder of tenant {} failed", tenant, ex);
            }
        }
    }

    @Override
    public TenantKnowledge describe(String tenantId) {
        TenantIndex index = index(tenantId);
        KnowledgeFolder folder = folder(tenantId);
        List<KnowledgeDocument> documents = io(index::documents);
        return new TenantKnowledge(tenantId, folder.root().toString(), folder.exists(), documents,
                documents.stream().mapToInt(KnowledgeDocument::chunks).sum(), io(index::lastIndexing).orElse(null),
                lastChecks.get(tenantId));
    }

    @Override
    public void close() throws IOException {
        for (TenantIndex index : indexes.values()) {
            index.close();
        }
        indexes.clear();
    }

    private TenantIndex checkedIndex(String tenantId) {
        TenantIndex index = index(tenantId);
        if (!lastChecks.containsKey(tenantId)) {
            refresh(tenantId);
        }
        return index;
    }

    private IndexingReport check(String tenantId, boolean everyFile) {
        TenantIndex index = index(tenantId);
        synchronized (index) {
            Map<String, KnowledgeDocument> indexed = io(index::documents).stream()
                .collect(Collectors.toMap(KnowledgeDocument::path, Function.identity()));
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<IndexingReport.FailedDocument> failed = new ArrayList<>();
            List<IndexedFile> toWrite = new ArrayList<>();
            Map<String, Path> files = folder(tenantId).files();
            Instant now = clock.instant();
            for (Map.Entry<String, Path> file : files.entrySet()) {
                String path = file.getKey();
                KnowledgeDocument before = indexed.get(path);
                try {
                    byte[] content = Files.readAllBytes(file.getValue());
                    String sha256 = KnowledgeFolder.sha256(content);
                    if (!everyFile && before != null && before.sha256().equals(sha256)) {
                        continue;
                    }
                    toWrite.add(indexed(path, content, sha256, now));
                    (before == null ? added : changed).add(path);
                }
                catch (IOException | RuntimeException ex) {
                    log.warn("Knowledge of tenant {}: cannot read {} ({}); its passages stay as they were", tenantId,
                            path, ex.toString());
                    failed.add(new IndexingReport.FailedDocument(path, String.valueOf(ex.getMessage())));
                }
            }
            List<String> removed = indexed.keySet().stream().filter(path -> !files.containsKey(path)).sorted().toList();
            if (!toWrite.isEmpty() || !removed.isEmpty()) {
                io(() -> {
                    index.write(removed, toWrite, now);
                    return null;
                });
            }
            int unchanged = files.size() - added.size() - changed.size() - failed.size();
            IndexingReport report = new IndexingReport(tenantId, clock.instant(), added, changed, removed, unchanged,
                    failed);
            if (report.changedIndex()) {
                log.info("Knowledge of tenant {} indexed: {} added, {} changed, {} removed, {} unchanged", tenantId,
                        added.size(), changed.size(), removed.size(), unchanged);
            }
            lastChecks.put(tenantId, report);
            return report;
        }
    }

    private IndexedFile indexed(String path, byte[] content, String sha256, Instant now) throws IOException {
        DocumentFormat format = DocumentFormat.of(path).orElseThrow();
        ReadDocument document;
        try (InputStream in = new ByteArrayInputStream(content)) {
            document = reader.read(path.substring(path.lastIndexOf('/') + 1), format, in);
        }
        List<Chunk> chunks = chunker.chunks(document.sections());
        return new IndexedFile(new KnowledgeDocument(path, document.title(), format.label(), chunks.size(), sha256,
                now), chunks);
    }

    private KnowledgeFolder folder(String tenantId) {
        return new KnowledgeFolder(properties.dir().resolve(known(tenantId)));
    }

    private TenantIndex index(String tenantId) {
        return indexes.computeIfAbsent(known(tenantId), tenant -> io(() -> new TenantIndex(directory(tenant))));
    }

    private Directory directory(String tenant) throws IOException {
        Path indexDir = properties.indexDir();
        return (indexDir == null) ? new ByteBuffersDirectory() : FSDirectory.open(indexDir.resolve(tenant));
    }

    /** The tenant's id, once it is known to be a configured tenant's (a slug: safe in a path). */
    private String known(String tenantId) {
        if (tenants.find(tenantId).isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant '" + tenantId + "'; known tenants: " + tenants.ids());
        }
        return tenantId;
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @FunctionalInterface
    private interface IoWork<T> {

        @Nullable
        T run() throws IOException;
    }
}
