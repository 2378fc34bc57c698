package com.respondo.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.respondo.jobs.ExecutionView;
import com.respondo.ledger.LedgerQueries;
import com.respondo.ledger.LedgerStatus;

/**
 * What waits, per tenant and step: the items the running executions have found but not done yet, the reply-ledger
 * intents not yet confirmed sent, and the answers put off to a later run.
 *
 * @param tenant the tenant
 * @param step the step
 * @param inRun items found and not yet done by the running executions' partitions
 * @param intents actions recorded but not yet confirmed sent (INTENT)
 * @param deferred answers put off to a later run (DEFERRED)
 */
record Backlog(String tenant, String step, long inRun, long intents, long deferred) {

    static List<Backlog> of(List<ExecutionView> running, List<LedgerQueries.WaitingCount> waiting) {
        Map<String, Backlog> rows = new TreeMap<>();
        for (ExecutionView execution : running) {
            for (ExecutionView.StepView step : execution.steps()) {
                for (ExecutionView.PartitionView partition : step.partitions()) {
                    add(rows, new Backlog(partition.tenant(), step.name(),
                            Math.max(0, partition.found() - partition.done()), 0, 0));
                }
            }
        }
        for (LedgerQueries.WaitingCount count : waiting) {
            boolean intent = count.status() == LedgerStatus.INTENT;
            add(rows, new Backlog(count.tenantId(), count.step(), 0, intent ? count.count() : 0,
                    intent ? 0 : count.count()));
        }
        return List.copyOf(rows.values());
    }

    private static void add(Map<String, Backlog> rows, Backlog row) {
        rows.merge(row.tenant() + '\u0000' + row.step(), row, (a, b) -> new Backlog(a.tenant(), a.step(),
                a.inRun() + b.inRun(), a.intents() + b.intents(), a.deferred() + b.deferred()));
    }
}
