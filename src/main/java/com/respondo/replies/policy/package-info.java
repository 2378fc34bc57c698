/**
 * What to answer a waiting conversation: the rules, the prompt variables, the planners that ask the LLM and the
 * policies that turn its structured answer into an {@link com.respondo.replies.policy.Action} after checking every
 * outgoing text. Plain Java: no Spring, Spring Batch, HTTP or SQL type.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies.policy;
