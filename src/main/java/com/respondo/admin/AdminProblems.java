package com.respondo.admin;

import java.util.Map;

import com.respondo.jobs.ExecutionStateException;
import com.respondo.jobs.JobAlreadyRunningException;
import com.respondo.jobs.LaunchesClosedException;
import com.respondo.jobs.UnknownExecutionException;
import com.respondo.jobs.UnknownJobException;
import com.respondo.jobs.UnknownTenantException;
import com.respondo.knowledge.SuggestionConflictException;
import com.respondo.knowledge.UnknownSuggestionException;
import com.respondo.tempbox.TempBoxException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static java.util.Map.entry;

/**
 * The admin API's errors as RFC 9457 problem details (Spring's own, for bad requests, are problem details too:
 * {@code spring.webflux.problemdetails.enabled}).
 */
@RestControllerAdvice(basePackageClasses = AdminProblems.class)
class AdminProblems {

    @ExceptionHandler
    ProblemDetail unknownJob(UnknownJobException ex) {
        return problem(HttpStatus.NOT_FOUND, "Unknown job", ex, entry("job", ex.job()));
    }

    @ExceptionHandler
    ProblemDetail unknownTenant(UnknownTenantException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Unknown tenant", ex, entry("job", ex.job()),
                entry("tenant", ex.tenant()));
    }

    @ExceptionHandler
    ProblemDetail alreadyRunning(JobAlreadyRunningException ex) {
        return problem(HttpStatus.CONFLICT, "Job already running", ex, entry("job", ex.job()),
                entry("runningExecutions", ex.runningExecutionIds().stream().sorted().toList()));
    }

    @ExceptionHandler
    ProblemDetail unknownExecution(UnknownExecutionException ex) {
        return problem(HttpStatus.NOT_FOUND, "Unknown execution", ex, entry("executionId", ex.executionId()));
    }

    @ExceptionHandler
    ProblemDetail executionState(ExecutionStateException ex) {
        return problem(HttpStatus.CONFLICT, "Execution in the wrong state", ex,
                entry("executionId", ex.executionId()), entry("executionStatus", ex.status()));
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
    ProblemDetail unknownSuggestion(UnknownSuggestionException ex) {
        return problem(HttpStatus.NOT_FOUND, "Unknown suggestion", ex);
    }

    @ExceptionHandler
    ProblemDetail suggestionConflict(SuggestionConflictException ex) {
        return problem(HttpStatus.CONFLICT, "Suggestion cannot be decided", ex);
    }

    @ExceptionHandler
    ProblemDetail unavailable(FeatureUnavailableException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Not available", ex);
    }

    @ExceptionHandler
    ProblemDetail tempBoxUnreadable(TempBoxException ex) {
        return problem(HttpStatus.BAD_GATEWAY, "TempBox could not be read", ex, entry("operation", ex.operation()));
    }

    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", ex);
    }

    /** The problem of that status and title, the exception's message as its detail, with the properties in order. */
    @SafeVarargs
    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex,
            Map.Entry<String, Object>... properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle(title);
        for (Map.Entry<String, Object> property : properties) {
            problem.setProperty(property.getKey(), property.getValue());
        }
        return problem;
    }
}
