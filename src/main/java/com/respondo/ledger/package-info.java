/**
 * The reply ledger, Respondo's only memory of what it did: every action on a customer message is recorded before it
 * is sent (intent, in its own committed transaction) and after (sent, failed, abandoned), and decisions not to act
 * are recorded too (deferred, skipped), under a unique key per tenant, customer message and step, so that no customer
 * message gets two answers across retries, restarts and concurrent runs.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.ledger;
