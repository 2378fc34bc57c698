/**
 * The logging safety net: whatever logger writes a line (Respondo's, Spring's, Reactor Netty's, the OpenAI SDK's),
 * secrets (TempBox tokens, the LLM key, the admin password) and, unless {@code respondo.logging.mask-pii=false},
 * customer PII are masked in its message and in the messages of its exceptions before any appender or encoder sees
 * it.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.logging;
