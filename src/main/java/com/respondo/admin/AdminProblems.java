package com.respondo.admin;

import com.respondo.jobs.ExecutionStateException;
import com.respondo.jobs.JobAlreadyRunningException;
import com.respondo.jobs.LaunchesClosedException;
import com.respondo.jobs.UnknownExecutionException;
import com.respondo.jobs.UnknownJobException;
import com.respondo.jobs.UnknownTenantException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The admin API's errors as RFC 9457 problem details (Spring's own, for bad requests, are problem details too:
 * {@code spring.webflux.problemdetails.enabled}).
 */
@RestControllerAdvice(basePackageClasses = AdminProblems.class)
class AdminProblems {

    @ExceptionHandler
    ProblemDetail unknownJob(UnknownJobException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Unknown job", ex);
        problem.setProperty("job", ex.job());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownTenant(UnknownTenantException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unknown tenant", ex);
        problem.setProperty("job", ex.job());
        problem.setProperty("tenant", ex.tenant());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail alreadyRunning(JobAlreadyRunningException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Job already running", ex);
        problem.setProperty("job", ex.job());
        problem.setProperty("runningExecutions", ex.runningExecutionIds().stream().sorted().toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownExecution(UnknownExecutionException ex) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Unknown execution", ex);
        problem.setProperty("executionId", ex.executionId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail executionState(ExecutionStateException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Execution in the wrong state", ex);
        problem.setProperty("executionId", ex.executionId());
        problem.setProperty("executionStatus", ex.status());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail shuttingDown(LaunchesClosedException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Shutting down", ex);
    }

    @ExceptionHandler
    ProblemDetail unknownConversation(UnknownConversationException ex) {
        return problem(HttpStatus.NOT_FOUND, "Unknown conversation", ex);
    }

    @ExceptionHandler
    ProblemDetail unavailable(FeatureUnavailableException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Not available", ex);
    }

    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", ex);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
