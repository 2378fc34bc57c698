/**
 * The Spring Batch adapters of the reply steps: the reader of waiting conversations, the processor that plans a reply
 * with the policies, the writers (local, dry-run, remote), the skip and failure reporting, the step factory, its
 * configuration and the {@code respondo.replies} settings.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies.step;
