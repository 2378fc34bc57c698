/**
 * The Spring Batch adapters of the {@code data-collection} step: the reader of conversations to collect, the processor
 * that asks the LLM through the policy, the writers (store, dry run, remote), the skip and failure reporting, the
 * notes written back to TempBox, the step factory, its configuration and the {@code respondo.data-collection}
 * settings.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.datacollection.step;
