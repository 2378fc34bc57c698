package com.respondo.admin;

import java.util.List;
import java.util.Map;

import com.respondo.jobs.ExecutionView;
import com.respondo.ledger.LedgerStatus;

/**
 * What one step of an execution did, in the operators' words: items read, written, filtered and skipped by the
 * batch step (summed over the tenants), and actions failed: the step's reply-ledger entries of this execution that
 * ended FAILED (a post that did not go through).
 *
 * @param name the step
 * @param status its status
 * @param read items read
 * @param written items written
 * @param filtered items filtered out (nothing to do)
 * @param skipped items skipped after an error
 * @param failed actions whose posting failed
 * @param done items done (see the execution's progress)
 * @param found items found
 * @param inFlight items read and not yet committed: the chunk being processed now (see
 *     {@link ExecutionView.StepView#inFlight()})
 */
record StepCounts(String name, String status, long read, long written, long filtered, long skipped, long failed,
        long done, long found, long inFlight) {

    static List<StepCounts> of(ExecutionView execution, Map<String, Map<LedgerStatus, Long>> ledgerCounts) {
        return execution.steps()
            .stream()
            .map(step -> new StepCounts(step.name(), step.status(), step.readCount(), step.writeCount(),
                    step.filterCount(), step.skipCount(),
                    ledgerCounts.getOrDefault(step.name(), Map.of()).getOrDefault(LedgerStatus.FAILED, 0L),
                    step.done(), step.found(), step.inFlight()))
            .toList();
    }
}
