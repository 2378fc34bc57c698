package com.respondo.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a search: each as written (folded) and as stemmed, with its weight: 1 for the question's own words,
 * less for those of the turns before it. Chat filler and stop words are gone; a word met twice counts once, with its
 * highest weight.
 */
final class QuestionWords {

    /** The most words a search takes, so that a pasted text makes no huge query. */
    static final int MAX_WORDS = 64;

    private static final Analyzer WRITTEN = PtBrAnalyzer.questionWords();

    private static final Analyzer STEMMED = PtBrAnalyzer.questions();

    private final Map<String, Word> byStem = new LinkedHashMap<>();

    void add(String text, double weight) {
        List<String> written = tokens(WRITTEN, text);
        List<String> stems = tokens(STEMMED, text);
        for (int i = 0; i < Math.min(written.size(), stems.size()) && byStem.size() < MAX_WORDS; i++) {
            Word word = new Word(written.get(i), stems.get(i), weight);
            byStem.merge(word.stem(), word, (old, added) -> old.weight() >= added.weight() ? old : added);
        }
    }

    List<Word> all() {
        return List.copyOf(byStem.values());
    }

    boolean isEmpty() {
        return byStem.isEmpty();
    }

    /** The terms an analyzer makes of a text. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Analysing a string cannot fail", ex);
        }
        return tokens;
    }

    /**
     * One word of a search.
     *
     * @param written as the customer wrote it, lower case and folded
     * @param stem its stem
     * @param weight 1 for the question's words, less for the earlier turns'
     */
    record Word(String written, String stem, double weight) {
    }
}
