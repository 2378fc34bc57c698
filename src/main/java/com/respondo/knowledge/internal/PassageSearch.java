package com.respondo.knowledge.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.respondo.knowledge.Passage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * One search of a tenant's passages: BM25 over the stemmed words ranks them; a word no passage has (a typo, or
 * another subject) also matches, for {@value #TYPO_CREDIT}, the words one edit from it that keep its first letter.
 * Each passage found gets a support score: the share of the search's words, weighted by their rarity in the
 * tenant's passages (BM25's idf) and their weight in the search, that the passage contains, a match one typo away
 * counting {@value #TYPO_CREDIT}. A word no passage has, like "notebook" at a dental clinic, weighs as the rarest,
 * so a question about something else scores low.
 */
final class PassageSearch {

    /** How much a match of a word one typo away counts, in the ranking and in the support score. */
    static final double TYPO_CREDIT = 0.5;

    /** Words shorter than this are not matched with a typo: too many short words are one letter apart. */
    private static final int TYPO_MIN_LENGTH = 5;

    private static final Analyzer STEMMED = PtBrAnalyzer.documents();

    private static final Analyzer WRITTEN = PtBrAnalyzer.words();

    private final List<QuestionWords.Word> words;

    PassageSearch(QuestionWords words) {
        this.words = words.all();
    }

    List<Passage> run(IndexSearcher searcher, int limit) throws IOException {
        CollectionStatistics passages = searcher.collectionStatistics(TenantIndex.BODY);
        if (words.isEmpty() || passages == null || limit < 1) {
            return List.of();
        }
        List<Passage> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query(searcher), limit).scoreDocs) {
            Document entry = searcher.storedFields().document(hit.doc);
            String title = entry.get(TenantIndex.TITLE);
            String section = entry.get(TenantIndex.SECTION);
            String text = entry.get(TenantIndex.TEXT);
            double support = support(searcher, passages.docCount(), TenantIndex.searchedText(title, section, text));
            found.add(new Passage(entry.get(TenantIndex.ID), entry.get(TenantIndex.PATH), title, section, text,
                    support, hit.score));
        }
        return found;
    }

    /**
     * Whether the word is matched with a typo too: only a word of some length whose stem no passage has, a misspelt
     * or unknown word; a word the documents have is matched as it is, not once more as its neighbours.
     */
    private static boolean typoCandidate(IndexSearcher searcher, QuestionWords.Word word) throws IOException {
        return word.written().length() >= TYPO_MIN_LENGTH
                && searcher.getIndexReader().docFreq(new Term(TenantIndex.BODY, word.stem())) == 0;
    }

    private Query query(IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TenantIndex.KIND, TenantIndex.CHUNK)), BooleanClause.Occur.FILTER)
            .setMinimumNumberShouldMatch(1);
        for (QuestionWords.Word word : words) {
            query.add(new BoostQuery(new TermQuery(new Term(TenantIndex.BODY, word.stem())), (float) word.weight()),
                    BooleanClause.Occur.SHOULD);
            if (typoCandidate(searcher, word)) {
                query.add(new BoostQuery(new FuzzyQuery(new Term(TenantIndex.WORDS, word.written()), 1, 1),
                        (float) (word.weight() * TYPO_CREDIT)), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private double support(IndexSearcher searcher, long passages, String passage) throws IOException {
        Set<String> stems = new HashSet<>(QuestionWords.tokens(STEMMED, passage));
        List<String> written = QuestionWords.tokens(WRITTEN, passage);
        double total = 0;
        double matched = 0;
        for (QuestionWords.Word word : words) {
            int frequency = searcher.getIndexReader().docFreq(new Term(TenantIndex.BODY, word.stem()));
            double weight = word.weight() * Math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5));
            total += weight;
            if (stems.contains(word.stem())) {
                matched += weight;
            }
            else if (frequency == 0 && word.written().length() >= TYPO_MIN_LENGTH
                    && oneTypoAway(word.written(), written)) {
                matched += weight * TYPO_CREDIT;
            }
        }
        return (total == 0) ? 0 : matched / total;
    }

    /** Whether one of the passage's words is one edit from the word, its first letter kept (as the fuzzy query). */
    private static boolean oneTypoAway(String word, List<String> passageWords) {
        CharacterRunAutomaton typos = new CharacterRunAutomaton(
                new LevenshteinAutomata(word.substring(1), true).toAutomaton(1, word.substring(0, 1)));
        return passageWords.stream().anyMatch(typos::run);
    }
}
