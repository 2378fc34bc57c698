package com.respondo.jobs;

import java.util.List;

/**
 * One page of a job's executions, newest first.
 *
 * @param job the job
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many executions the job has
 * @param executions the executions of this page
 */
public record ExecutionPage(String job, int page, int size, long total, List<ExecutionView> executions) {

    public ExecutionPage {
        executions = List.copyOf(executions);
    }
}
