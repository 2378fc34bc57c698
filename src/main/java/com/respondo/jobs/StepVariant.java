package com.respondo.jobs;

/**
 * Which variant of a worker step a launch runs: the work done here, a dry run (decided here, nothing posted or
 * stored, whatever the mode) or the work handed to TempBox's own automation.
 */
public enum StepVariant {

    LOCAL, DRY_RUN, REMOTE;

    /** The variant the settings ask for: a dry run first, then the mode. */
    public static StepVariant of(StepSettings settings) {
        if (settings.dryRun()) {
            return DRY_RUN;
        }
        return (settings.mode() == StepMode.REMOTE) ? REMOTE : LOCAL;
    }
}
