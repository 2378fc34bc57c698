package com.respondo.jobs;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule switches an admin set, stored in the {@code job_switch} table so that every instance sharing the
 * database pauses and resumes together and a pause outlasts a restart. A job never switched has no row: its job
 * file's {@code enabled} applies.
 */
class JobSwitches {

    private final JdbcClient jdbc;

    JobSwitches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored switch of the job, if an admin ever set one. */
    Optional<Boolean> stored(String job) {
        return jdbc.sql("SELECT enabled FROM job_switch WHERE job_name = :job")
            .param("job", job)
            .query(Boolean.class)
            .optional();
    }

    /**
     * Stores the job's switch. Two instances switching at once: the last write wins.
     */
    void store(String job, boolean enabled) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE job_switch SET enabled = :enabled, updated_at = :now WHERE job_name = :job")
            .param("enabled", enabled)
            .param("now", now)
            .param("job", job)
            .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO job_switch (job_name, enabled, updated_at) VALUES (:job, :enabled, :now)")
                    .param("job", job)
                    .param("enabled", enabled)
                    .param("now", now)
                    .update();
            }
            catch (DuplicateKeyException ex) {
                // Another instance inserted it meanwhile: its switch is as recent as ours, ours is written over it.
                store(job, enabled);
            }
        }
    }
}
