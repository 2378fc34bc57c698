package com.respondo.replies.step;

import com.respondo.replies.policy.TenantListCache;
import java.util.List;
import java.util.Optional;

import com.respondo.jobs.FailureDescribingStep;
import com.respondo.tempbox.TempBoxException;

/**
 * Why a reply step failed, in one sentence naming the step, the tenant and the cause (the TempBox operation and what
 * went wrong, without a body or a token). The next run starts afresh; the ledger remembers what was done.
 */
record ReplyStepFailure(String stepName, String tenantId) implements FailureDescribingStep.Description {

    @Override
    public Optional<String> of(List<Throwable> failures) {
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Step " + stepName + " for tenant '" + tenantId + "' failed: " + cause(failures.get(0)));
    }

    /** The most telling cause: a TempBox failure, else the innermost exception with a message. */
    static String cause(Throwable failure) {
        Throwable telling = null;
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof TempBoxException tempBox) {
                return "TempBox " + tempBox.operation() + ": " + tempBox.summary();
            }
            if (current instanceof OpenConversationReader.PageReadException
                    || current instanceof TenantListCache.TenantListException) {
                return current.getMessage();
            }
            if (current.getMessage() != null) {
                telling = current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        Throwable chosen = (telling != null) ? telling : failure;
        return chosen.getClass().getSimpleName() + ": " + chosen.getMessage();
    }
}
