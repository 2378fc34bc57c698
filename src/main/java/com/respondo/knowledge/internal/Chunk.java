package com.respondo.knowledge.internal;

/**
 * One passage of a document, as indexed.
 *
 * @param number its position in the document, from 1
 * @param section the headings above it
 * @param text its text, within the size budget
 */
record Chunk(int number, String section, String text) {
}
