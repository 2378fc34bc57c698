package com.respondo.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * What one check of a tenant's folder did.
 *
 * @param tenant the tenant's id
 * @param at when the check ended
 * @param added documents indexed for the first time
 * @param changed documents whose content changed, indexed again
 * @param removed documents whose file is gone, with their passages
 * @param unchanged documents left as they were
 * @param failed files that could not be read, with why; a failed file keeps the passages it had
 */
public record IndexingReport(String tenant, Instant at, List<String> added, List<String> changed,
        List<String> removed, int unchanged, List<FailedDocument> failed) {

    public IndexingReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        failed = List.copyOf(failed);
    }

    /** Whether the index changed. */
    public boolean changedIndex() {
        return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }

    /**
     * A file that could not be read.
     *
     * @param path its path inside the tenant's folder
     * @param reason why, in one line
     */
    public record FailedDocument(String path, String reason) {
    }
}
