package com.respondo.knowledge.internal;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Lucene's accent folding for one word outside a token stream. */
final class ASCIIFolding {

    private ASCIIFolding() {
    }

    static String fold(String word) {
        char[] output = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, output, 0, word.length());
        return new String(output, 0, length);
    }
}
