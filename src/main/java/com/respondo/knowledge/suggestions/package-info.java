/**
 * Suggested knowledge from people: the scheduled check that reads the conversations Respondo handed off, drafts the
 * customer's question and the person's answer (PII masked) once a person answered and closed one, the table of
 * drafts, and the Markdown file an approved draft becomes in the tenant's knowledge folder.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.knowledge.suggestions;
