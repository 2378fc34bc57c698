/**
 * Replay, a shadow mode over history: {@code --replay --tenant=<id> --from=<date> --to=<date>} reads a tenant's past
 * conversations from TempBox (reads only), asks the reply steps' {@link com.respondo.replies.ReplyPreview} what
 * Respondo would decide now for each customer turn, compares it with what the bot or a human actually did, and writes
 * the report (JSON and an HTML page) under {@code <respondo.data-dir>/replays}. It never posts to TempBox and never
 * touches the reply ledger.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replay;
