package com.respondo.knowledge;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's knowledge as indexed.
 *
 * @param tenant the tenant's id
 * @param folder the tenant's folder of documents
 * @param folderExists whether that folder exists (absent: the tenant has no knowledge)
 * @param documents the indexed documents, by path
 * @param chunks the passages of all of them
 * @param lastIndexing the last time the index changed; {@code null} when it never did
 * @param lastCheck the last check of the folder by this instance, with what it did; {@code null} before the first
 */
public record TenantKnowledge(String tenant, String folder, boolean folderExists,
        List<KnowledgeDocument> documents, int chunks, @Nullable Instant lastIndexing,
        @Nullable IndexingReport lastCheck) {

    public TenantKnowledge {
        documents = List.copyOf(documents);
    }
}
