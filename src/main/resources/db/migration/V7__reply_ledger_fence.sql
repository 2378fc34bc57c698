-- Fencing and one clock for the reply ledger's intents (ReplyLedger.takeOver, touch and the fenced outcomes).
-- claim_version counts the claims of an entry: a first claim, a claim again after FAILED or ABANDONED, a take-over of
-- an intent left unconfirmed. Every change after a post names the version its delivery claimed, so that a late
-- outcome cannot confirm another runner's claim, and two runners cannot both take an intent over.
-- heartbeat_at is when the intent's holder last showed it was at work, in the database's time (never a JVM's clock):
-- an intent is taken for left behind once it is older than unconfirmed-after by that clock.
-- Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE reply_ledger ADD COLUMN claim_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE reply_ledger ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
UPDATE reply_ledger SET heartbeat_at = updated_at;
