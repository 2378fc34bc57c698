package com.respondo.knowledge.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * pt-BR text as the index compares it: standard tokens, lower case, accents folded (so "devolução" and "devolucao"
 * are one word), Portuguese stop words dropped and, unless {@link #words()}, stemmed (RSLP, after folding the plural
 * "-ões" to "-ão", which the stemmer only knows with its accents). The question analyzer also drops the words of a
 * chat that say nothing about its subject (greetings, "vcs", "gostaria de saber").
 */
final class PtBrAnalyzer extends Analyzer {

    /**
     * Customer-chat filler, written down once before the benchmark's questions: greetings and thanks, "I would like
     * to know", "you", and the usual abbreviations of chat Portuguese, folded.
     */
    private static final List<String> CHAT_FILLER = List.of("oi", "oii", "ola", "opa", "bom", "boa", "dia", "tarde",
            "noite", "tudo", "bem", "obrigado", "obrigada", "obg", "brigado", "vlw", "valeu", "favor", "pf", "pfv",
            "pfvr", "gentileza", "moca", "moco", "amigo", "amiga", "pessoal", "gostaria", "queria", "quero",
            "preciso", "precisava", "saber", "sabe", "sabem", "poderia", "podia", "pode", "podem", "consegue",
            "conseguem", "alguem", "ai", "ae", "la", "entao", "tipo", "mano", "blz", "beleza", "ne", "hein", "kkk",
            "kkkk", "rs", "vc", "vcs", "voce", "voces", "q", "qto", "qnto", "qts", "qtos", "qual", "quais", "qdo",
            "qnd", "pq", "porque", "tb", "tbm", "tambem", "msm", "mt", "mto", "muito", "n", "p", "pra", "pro", "pras",
            "pros", "to", "ta", "eh", "td", "tds", "cmg", "dps", "agr", "duvida", "pergunta", "informacao", "ajuda",
            "fala", "falar", "diz", "dizer", "explica", "vou", "vai", "tem", "ter", "ja", "ainda", "so", "aqui");

    /**
     * The verbs a question is asked with ("vcs fazem clareamento?", "como faço pra trocar", "da pra parcelar"), added
     * after the benchmark's first run: they matched every passage that says "fazer".
     */
    private static final List<String> QUESTION_VERBS = List.of("faz", "fazem", "faco", "fazer", "posso", "consigo",
            "da", "tenho", "existe", "existem");

    private static final CharArraySet STOP_WORDS = folded(List.of(PortugueseAnalyzer.getDefaultStopSet(),
            BrazilianAnalyzer.getDefaultStopSet()), List.of());

    private static final CharArraySet QUESTION_STOP_WORDS = folded(List.of(PortugueseAnalyzer.getDefaultStopSet(),
            BrazilianAnalyzer.getDefaultStopSet()),
            Stream.concat(CHAT_FILLER.stream(), QUESTION_VERBS.stream()).toList());

    /** Spellings that the tokenizer would split: "e-mail" is one word, as "email". */
    private static final NormalizeCharMap SPELLINGS = spellings();

    private final CharArraySet stopWords;

    private final boolean stem;

    private PtBrAnalyzer(CharArraySet stopWords, boolean stem) {
        this.stopWords = stopWords;
        this.stem = stem;
    }

    /** The documents' words, stemmed. */
    static PtBrAnalyzer documents() {
        return new PtBrAnalyzer(STOP_WORDS, true);
    }

    /** A question's words, stemmed, chat filler dropped. */
    static PtBrAnalyzer questions() {
        return new PtBrAnalyzer(QUESTION_STOP_WORDS, true);
    }

    /** The documents' words as written but folded, for matching a question's typos. */
    static PtBrAnalyzer words() {
        return new PtBrAnalyzer(STOP_WORDS, false);
    }

    /** A question's words as written but folded, chat filler dropped. */
    static PtBrAnalyzer questionWords() {
        return new PtBrAnalyzer(QUESTION_STOP_WORDS, false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(SPELLINGS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        if (stem) {
            stream = new PortugueseStemFilter(new FoldedPluralFilter(stream));
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static NormalizeCharMap spellings() {
        NormalizeCharMap.Builder spellings = new NormalizeCharMap.Builder();
        spellings.add("e-mail", "email");
        spellings.add("E-mail", "email");
        spellings.add("E-MAIL", "email");
        return spellings.build();
    }

    private static CharArraySet folded(List<CharArraySet> sets, List<String> more) {
        List<String> words = new ArrayList<>(more);
        for (CharArraySet set : sets) {
            for (Object word : set) {
                words.add(ASCIIFolding.fold(new String((char[]) word)).toLowerCase(Locale.ROOT));
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
