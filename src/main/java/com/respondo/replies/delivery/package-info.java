/**
 * Performing a planned reply exactly once through the reply ledger: the executor, the re-read check just before
 * posting, the effects on the conversation, the intents a crash left behind, and the remote executor and partition run
 * used when partitions run on other instances.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies.delivery;
