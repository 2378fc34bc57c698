/**
 * Extracting customer data (contact, documents, intent, urgency, sentiment, summary) from conversations: the prompt
 * variables, the LLM's structured answer and its validation into {@link com.respondo.datacollection.CustomerData},
 * as plain Java that knows nothing of HTTP, SQL or Spring Batch.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.datacollection;
