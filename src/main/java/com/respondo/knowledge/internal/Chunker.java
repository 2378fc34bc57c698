package com.respondo.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sections into passages of at most a size budget: a section that fits is one passage; a longer one is packed
 * paragraph by paragraph, and a paragraph longer than the budget is cut at its sentences (at its words when one
 * sentence is longer still). Passages never cross a heading, so each one is about one thing.
 */
final class Chunker {

    private final int budget;

    Chunker(int budget) {
        this.budget = budget;
    }

    List<Chunk> chunks(List<Section> sections) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : sections) {
            StringBuilder passage = new StringBuilder();
            for (String piece : pieces(section.paragraphs())) {
                if (!passage.isEmpty() && passage.length() + 2 + piece.length() > budget) {
                    chunks.add(new Chunk(chunks.size() + 1, section.headingPath(), passage.toString()));
                    passage.setLength(0);
                }
                if (!passage.isEmpty()) {
                    passage.append("\n\n");
                }
                passage.append(piece);
            }
            if (!passage.isEmpty()) {
                chunks.add(new Chunk(chunks.size() + 1, section.headingPath(), passage.toString()));
            }
        }
        return chunks;
    }

    /** The paragraphs, those over the budget cut in pieces that fit. */
    private List<String> pieces(List<String> paragraphs) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : paragraphs) {
            pieces.addAll(paragraph.length() <= budget ? List.of(paragraph)
                    : packed(List.of(paragraph.split("(?<=[.!?;:])\\s+"))));
        }
        return pieces;
    }

    /** Parts joined by spaces into pieces within the budget; a part over it is packed word by word. */
    private List<String> packed(List<String> parts) {
        List<String> packed = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String part : parts) {
            List<String> words = List.of(part.split("\\s+"));
            if (part.length() > budget && words.size() > 1) {
                if (!current.isEmpty()) {
                    packed.add(current.toString());
                    current.setLength(0);
                }
                packed.addAll(packed(words));
                continue;
            }
            String fitting = part.length() > budget ? part.substring(0, budget) : part;
            if (!current.isEmpty() && current.length() + 1 + fitting.length() > budget) {
                packed.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(fitting);
        }
        if (!current.isEmpty()) {
            packed.add(current.toString());
        }
        return packed;
    }
}
