-- The admin's view of a job execution counts and lists that execution's ledger entries (ReplyLedger.countsByStep,
-- findByJobExecution); without an index each view read the whole ledger, and the dashboard polls the view.
CREATE INDEX reply_ledger_job_execution ON reply_ledger (job_execution_id, status);
