/**
 * The companies' own documents as knowledge: each tenant's folder of Markdown, plain text, HTML and PDF files
 * ({@code respondo.knowledge.dir}/{@code <tenant>}), cut into passages and indexed with Lucene BM25 under a
 * Portuguese analyzer, and {@link com.respondo.knowledge.KnowledgeBase#search searched} per customer question with
 * no model. The API is this package; the reading, chunking and indexing live in {@code internal}. The index is
 * rebuilt from the files, never the source of truth.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.knowledge;
