package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.List;

import com.respondo.conversation.UntrustedText;

/** Words of customer text as the rules compare them: folded, split, stretched letters squeezed, crudely stemmed. */
final class Words {

    static final int MAX_READ = 10_000;
    private static final int STEM = 6;

    private Words() {
    }

    /**
     * The folded words (lower case, no accents, no punctuation) of the text's first {@value #MAX_READ} characters:
     * the rules read what people write, and beyond that a message is no longer a conversation but a payload.
     */
    static List<String> of(String text) {
        String folded = UntrustedText.fold(text.length() > MAX_READ ? UntrustedText.truncate(text, MAX_READ, "")
                : text);
        List<String> words = new ArrayList<>();
        if (!folded.isEmpty()) {
            for (String word : folded.split(" ")) {
                words.add(word);
            }
        }
        return words;
    }

    /** Runs of one letter become one letter ("atendenteee", and also "pessoa" as "pesoa", on both sides). */
    static String squeeze(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || c != word.charAt(i - 1) || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A crude pt-BR stem: squeezed, a plural "s" dropped, the first six letters ("horários" → "horari"). */
    static String stem(String word) {
        String squeezed = squeeze(word);
        if (squeezed.length() > 4 && squeezed.endsWith("s")) {
            squeezed = squeezed.substring(0, squeezed.length() - 1);
        }
        return squeezed.length() > STEM ? squeezed.substring(0, STEM) : squeezed;
    }
}
