package com.respondo.knowledge;

import java.time.Instant;

/**
 * One indexed document of a tenant.
 *
 * @param path its path inside the tenant's folder, with {@code /} separators
 * @param title its title
 * @param format {@code markdown}, {@code text}, {@code html} or {@code pdf}
 * @param chunks its passages
 * @param sha256 the content hash it was indexed with
 * @param indexedAt when it was indexed
 */
public record KnowledgeDocument(String path, String title, String format, int chunks, String sha256,
        Instant indexedAt) {
}
