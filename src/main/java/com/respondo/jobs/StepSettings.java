package com.respondo.jobs;

import java.util.List;

/**
 * What a job file says about one step, and how this launch runs it, handed to its {@link StepFactory}.
 * <p>
 * <b>Dry run.</b> When {@link #dryRun()} is true the launch was asked to decide but post nothing: the step reads and
 * decides as usual (the LLM may be called and its usage recorded), but it must not call any TempBox operation that
 * changes something (IniciarAtendimento, EnviarMensagem, EncaminharAtendimento, AgendarMensagem,
 * EncerrarAtendimento, Salvar, the remote-mode automation operations...) and must not claim or record anything in the
 * reply ledger or store collected data, so a later real run acts on the same items; it logs each decision instead
 * (its one line per action, marked {@code dryRun=true}).
 *
 * @param jobName the job (the file name without {@code .yml})
 * @param stepName the step ({@code initial-response}, {@code bot-reply}, ...)
 * @param mode where the work happens
 * @param chunkSize items per chunk (per transaction)
 * @param concurrency items in flight at once per tenant partition
 * @param dryRun whether this launch must decide without posting anything (see above)
 * @param later the job's steps after this one, in order: a step may carry an item through what they would do with
 *     it, when they run here ({@code local}) and the launch is not a dry run, instead of leaving it to them
 */
public record StepSettings(String jobName, String stepName, StepMode mode, int chunkSize, int concurrency,
        boolean dryRun, List<StepDefinition> later) {

    public StepSettings {
        later = List.copyOf(later);
    }

    /**
     * The settings of a step with no step after it in its job.
     */
    public StepSettings(String jobName, String stepName, StepMode mode, int chunkSize, int concurrency,
            boolean dryRun) {
        this(jobName, stepName, mode, chunkSize, concurrency, dryRun, List.of());
    }

    /**
     * The settings of a normal (not dry) run of a step with no step after it in its job.
     */
    public StepSettings(String jobName, String stepName, StepMode mode, int chunkSize, int concurrency) {
        this(jobName, stepName, mode, chunkSize, concurrency, false);
    }

    /**
     * These settings for a launch that is, or is not, a dry run.
     */
    public StepSettings withDryRun(boolean dryRun) {
        return new StepSettings(jobName, stepName, mode, chunkSize, concurrency, dryRun, later);
    }

    /**
     * These settings with the steps after this one in its job.
     */
    public StepSettings withLater(List<StepDefinition> later) {
        return new StepSettings(jobName, stepName, mode, chunkSize, concurrency, dryRun, later);
    }

    /**
     * Whether this launch may carry an item through the later step of that name: the job has it after this one, it
     * runs here ({@code local}) and nothing is a dry run.
     */
    public boolean carriesThrough(String laterStep) {
        return !dryRun && mode == StepMode.LOCAL
                && later.stream().anyMatch(step -> step.name().equals(laterStep) && step.mode() == StepMode.LOCAL);
    }
}
