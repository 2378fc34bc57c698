/**
 * The three reply steps of the {@code replies} job ({@code initial-response}, {@code bot-reply}, {@code ai-reply}),
 * by stage: {@link com.respondo.replies.policy policy} decides what to answer a waiting conversation in plain Java
 * (the waiting, human-request and salutation rules, the prompt variables, the LLM's structured answers and the
 * policies that turn them into {@link com.respondo.replies.policy.Action actions} after checking every outgoing
 * text), unit-testable without HTTP, SQL or Spring Batch; {@link com.respondo.replies.step step} holds the thin Spring
 * Batch adapters (reader, processor, writers, the step factory and its configuration, the settings
 * {@link com.respondo.replies.step.RepliesProperties} and the tenants' profiles); {@link com.respondo.replies.delivery
 * delivery} performs a planned reply through the reply ledger (re-read check, effects, crash-left intents, the remote
 * executor). The jobs find its step factory as a bean; its API is {@link com.respondo.replies.ReplyPreview}, the
 * decisions the steps would take for a conversation, performed nowhere (replay and the golden conversations).
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies;
