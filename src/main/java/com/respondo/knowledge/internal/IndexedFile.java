package com.respondo.knowledge.internal;

import java.util.List;

import com.respondo.knowledge.KnowledgeDocument;

/**
 * A file to index: what the listing shows of it, and its passages.
 *
 * @param document the document's entry
 * @param chunks its passages
 */
record IndexedFile(KnowledgeDocument document, List<Chunk> chunks) {

    IndexedFile {
        chunks = List.copyOf(chunks);
    }
}
