package com.respondo.knowledge.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folded "-oes" plurals back to "-ao" ("devolucoes" → "devolucao", "cartoes" → "cartao"): the Portuguese stemmers
 * know "-ões" only with its accents, which the folding before them removed.
 */
final class FoldedPluralFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldedPluralFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        char[] chars = term.buffer();
        if (length > 4 && chars[length - 3] == 'o' && chars[length - 2] == 'e' && chars[length - 1] == 's') {
            chars[length - 3] = 'a';
            chars[length - 2] = 'o';
            term.setLength(length - 1);
        }
        return true;
    }
}
