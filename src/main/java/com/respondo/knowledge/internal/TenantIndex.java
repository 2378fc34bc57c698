package com.respondo.knowledge.internal;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.respondo.knowledge.KnowledgeDocument;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * One tenant's Lucene index: a "document" entry per file (path, title, format, hash, passages, time) and a "chunk"
 * entry per passage, searched on its text with its document's title and its headings. Writers are opened only to
 * apply a change, so nothing holds the index's lock between checks.
 */
final class TenantIndex implements Closeable {

    static final String KIND = "kind";
    static final String CHUNK = "chunk";
    static final String DOCUMENT = "document";
    static final String PATH = "path";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String TEXT = "text";
    /** The passage's title, headings and text, stemmed: what BM25 ranks. */
    static final String BODY = "body";
    /** The same, folded but not stemmed: what a question's typos are matched against. */
    static final String WORDS = "words";
    private static final String FORMAT = "format";
    private static final String CHUNKS = "chunks";
    private static final String SHA256 = "sha256";
    private static final String INDEXED_AT = "indexedAt";
    private static final String LAST_INDEXING = "lastIndexing";

    private final Directory directory;

    private final SearcherManager searchers;

    TenantIndex(Directory directory) throws IOException {
        this.directory = directory;
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter writer = writer()) {
                writer.commit();
            }
        }
        this.searchers = new SearcherManager(directory, null);
    }

    /** Removes the given paths' entries and replaces the files' (a file's former entries go). */
    void write(Collection<String> removed, List<IndexedFile> files, Instant at) throws IOException {
        try (IndexWriter writer = writer()) {
            for (String path : removed) {
                writer.deleteDocuments(new Term(PATH, path));
            }
            for (IndexedFile file : files) {
                writer.deleteDocuments(new Term(PATH, file.document().path()));
                writer.addDocument(documentEntry(file));
                for (Chunk chunk : file.chunks()) {
                    writer.addDocument(chunkEntry(file.document(), chunk));
                }
            }
            writer.setLiveCommitData(Map.of(LAST_INDEXING, at.toString()).entrySet());
            writer.commit();
        }
        searchers.maybeRefreshBlocking();
    }

    /** The indexed documents, by path. */
    List<KnowledgeDocument> documents() throws IOException {
        return search(searcher -> {
            List<KnowledgeDocument> documents = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(KIND, DOCUMENT)), Integer.MAX_VALUE).scoreDocs) {
                Document entry = stored.document(hit.doc);
                documents.add(new KnowledgeDocument(entry.get(PATH), entry.get(TITLE), entry.get(FORMAT),
                        entry.getField(CHUNKS).numericValue().intValue(), entry.get(SHA256),
                        Instant.ofEpochMilli(entry.getField(INDEXED_AT).numericValue().longValue())));
            }
            documents.sort(Comparator.comparing(KnowledgeDocument::path));
            return documents;
        });
    }

    /** When the index last changed. */
    Optional<Instant> lastIndexing() throws IOException {
        return search(searcher -> Optional
            .ofNullable(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(LAST_INDEXING))
            .map(Instant::parse));
    }

    <T> T search(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            searcher.setSimilarity(new BM25Similarity());
            return work.apply(searcher);
        }
        finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        directory.close();
    }

    private IndexWriter writer() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(PtBrAnalyzer.documents(),
                Map.of(WORDS, PtBrAnalyzer.words())));
        config.setSimilarity(new BM25Similarity());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(directory, config);
    }

    private static Document documentEntry(IndexedFile file) {
        KnowledgeDocument document = file.document();
        Document entry = new Document();
        entry.add(new StringField(KIND, DOCUMENT, Field.Store.NO));
        entry.add(new StringField(PATH, document.path(), Field.Store.YES));
        entry.add(new StoredField(TITLE, document.title()));
        entry.add(new StoredField(FORMAT, document.format()));
        entry.add(new StoredField(CHUNKS, document.chunks()));
        entry.add(new StoredField(SHA256, document.sha256()));
        entry.add(new StoredField(INDEXED_AT, document.indexedAt().toEpochMilli()));
        return entry;
    }

    private static Document chunkEntry(KnowledgeDocument document, Chunk chunk) {
        Document entry = new Document();
        entry.add(new StringField(KIND, CHUNK, Field.Store.NO));
        entry.add(new StringField(PATH, document.path(), Field.Store.YES));
        entry.add(new StringField(ID, document.path() + "#" + chunk.number(), Field.Store.YES));
        entry.add(new StoredField(TITLE, document.title()));
        entry.add(new StoredField(SECTION, chunk.section()));
        entry.add(new StoredField(TEXT, chunk.text()));
        String searched = searchedText(document.title(), chunk.section(), chunk.text());
        entry.add(new TextField(BODY, searched, Field.Store.NO));
        entry.add(new TextField(WORDS, searched, Field.Store.NO));
        return entry;
    }

    /**
     * What a passage is searched on: its document's title (unless its headings start with it), its headings, its
     * text.
     */
    static String searchedText(String title, String section, String text) {
        return (section.startsWith(title) ? "" : title + "\n") + section + "\n" + text;
    }

    /** Work done with a searcher of the index's latest state. */
    @FunctionalInterface
    interface SearcherWork<T> {

        T apply(IndexSearcher searcher) throws IOException;
    }
}
