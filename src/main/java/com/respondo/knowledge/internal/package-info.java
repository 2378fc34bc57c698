/**
 * The knowledge base's machinery: the folder scan by content hash, the readers (Markdown and text directly, HTML and
 * PDF through Apache Tika) that turn a file into headed sections, the chunker, the Portuguese analyzer, one Lucene
 * index per tenant and the scheduled check.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.knowledge.internal;
