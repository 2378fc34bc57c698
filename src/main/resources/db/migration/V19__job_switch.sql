-- Whether a job's schedule is paused, as an admin last set it (PUT /admin/jobs/{name}/enabled): one row per job
-- switched at least once, read by every instance sharing this database at each tick, and kept across restarts. A job
-- without a row follows its job file's 'enabled'. Portable SQL: runs on H2 and PostgreSQL.
CREATE TABLE job_switch (
    job_name   VARCHAR(100)             NOT NULL PRIMARY KEY,
    enabled    BOOLEAN                  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
