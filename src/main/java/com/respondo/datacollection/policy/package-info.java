/**
 * What data-collection reads and keeps: which customer messages are new, the prompt's variables, and the validation
 * of the LLM's {@link com.respondo.datacollection.policy.CollectedData} into
 * {@link com.respondo.datacollection.policy.CustomerData}. Plain Java: no Spring, Spring Batch, HTTP or SQL type.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.datacollection.policy;
