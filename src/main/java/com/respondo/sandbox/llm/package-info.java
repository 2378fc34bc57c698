/**
 * The sandbox LLM: an OpenAI-compatible {@code POST /sandbox/llm/v1/chat/completions} served by the application in
 * profile {@code sandbox}, so the whole path runs end to end without a key, Spring AI's HTTP client included. It
 * recognises Respondo's task from the JSON schema in the request, answers it deterministically with simple
 * heuristics on the conversation text, and injects latency and faults on demand ({@link
 * com.respondo.sandbox.llm.SandboxLlmControls}).
 */
@org.jspecify.annotations.NullMarked
package com.respondo.sandbox.llm;
