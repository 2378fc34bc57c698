/**
 * Deciding what to answer a waiting TempBox conversation, as plain Java: the conversation view, the waiting and
 * human-request rules, the prompt variables, the LLM's structured answers and the policies that turn them into
 * {@link com.respondo.replies.Action actions} after checking every outgoing text; nothing here knows HTTP, SQL or
 * Spring Batch, so each decision is a pure function that unit tests can call directly.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies;
