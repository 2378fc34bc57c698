-- When a send of an INTENT last ended without TempBox's answer (a timeout, a 5xx) and the conversation did not show
-- its text: TempBox may still store it seconds later, so the entry keeps holding its message's answer until the
-- conversation is read again after respondo.replies.unknown-send-settle. NULL for every other entry.
ALTER TABLE reply_ledger ADD COLUMN unknown_send_at TIMESTAMP WITH TIME ZONE;
