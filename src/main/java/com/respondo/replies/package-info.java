/**
 * The three reply steps of the {@code replies} job ({@code initial-response}, {@code bot-reply}, {@code ai-reply}): a
 * plain-Java domain that decides what to answer a waiting TempBox conversation (the conversation view, the waiting,
 * human-request and salutation rules, the prompt variables, the LLM's structured answers and the policies that turn
 * them into {@link com.respondo.replies.Action actions} after checking every outgoing text), unit-testable without
 * HTTP, SQL or Spring Batch; beside it, package-private, the thin Spring Batch adapters that read the waiting
 * conversations page by page, plan each reply with the domain and the LLM port, and perform it through the reply
 * ledger, plus the settings ({@link com.respondo.replies.RepliesProperties}) and the tenants' profiles.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies;
