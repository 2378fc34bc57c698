package com.respondo.jobs;

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
 */
public record StepSettings(String jobName, String stepName, StepMode mode, int chunkSize, int concurrency,
        boolean dryRun) {

    /**
     * The settings of a normal (not dry) run.
     */
    public StepSettings(String jobName, String stepName, StepMode mode, int chunkSize, int concurrency) {
        this(jobName, stepName, mode, chunkSize, concurrency, false);
    }

    /**
     * These settings for a launch that is, or is not, a dry run.
     */
    public StepSettings withDryRun(boolean dryRun) {
        return new StepSettings(jobName, stepName, mode, chunkSize, concurrency, dryRun);
    }
}
