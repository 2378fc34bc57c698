/**
 * Extracting customer data (contact, documents, intent, urgency, sentiment, summary) from conversations, and the
 * {@code data-collection} step that does it: the domain ({@link com.respondo.datacollection.DataCollectionPolicy},
 * {@link com.respondo.datacollection.CollectedData}, {@link com.respondo.datacollection.CustomerData}) is plain Java
 * that knows nothing of HTTP, SQL or Spring Batch; the step's reader, processor and writer are thin package-private
 * adapters around it, and {@link com.respondo.datacollection.CollectedDataRepository} stores what was collected, for
 * the admin API to read.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.datacollection;
