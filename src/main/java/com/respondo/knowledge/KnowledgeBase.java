package com.respondo.knowledge;

import java.util.List;

/**
 * The tenants' documents, searched per question. Every method takes a configured tenant's id and throws
 * {@link IllegalArgumentException} for any other; a tenant with no folder simply has no knowledge.
 */
public interface KnowledgeBase {

    /**
     * The passages that best match the query, most relevant first, at most {@code limit}; none when nothing matches
     * at all. A passage whose {@link Passage#score() score} is under {@link #supportThreshold()} does not support an
     * answer: when the first one is under it, nothing in the documents does.
     */
    List<Passage> search(String tenantId, String query, int limit);

    /**
     * {@link #search} for a customer's pending question, with the customer's recent turns (oldest first) that it may
     * refer to ("e pra Manaus?" after "quanto tempo demora a entrega?"): the question's own words weigh the most.
     */
    List<Passage> searchForQuestion(String tenantId, String question, List<String> recentCustomerTurns, int limit);

    /**
     * The score under which a passage does not support an answer ({@code respondo.knowledge.min-score}): the share
     * of the question's words, weighted by their rarity in the tenant's documents, that the passage contains.
     */
    double supportThreshold();

    /**
     * Indexes what changed in the tenant's folder since the last check, by content hash: new and edited files are
     * read again, deleted ones lose their passages. Cheap when nothing changed; the jobs may call it at each run.
     */
    IndexingReport refresh(String tenantId);

    /** Reads every file of the tenant's folder again and rebuilds its index from them. */
    IndexingReport reindex(String tenantId);

    /** The tenant's indexed documents, their passages and the last indexing. */
    TenantKnowledge describe(String tenantId);
}
