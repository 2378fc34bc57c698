/**
 * Extracting customer data (contact, documents, intent, urgency, sentiment, summary) from conversations, and the
 * {@code data-collection} step that does it. The root holds what the admin API reads:
 * {@link com.respondo.datacollection.CollectedDataRepository} and the rows it returns; the domain
 * ({@link com.respondo.datacollection.policy policy}) is plain Java that knows nothing of HTTP, SQL or Spring Batch;
 * the step's reader, processor and writers are thin adapters around it ({@link com.respondo.datacollection.step step}).
 */
@org.jspecify.annotations.NullMarked
package com.respondo.datacollection;
