package com.respondo.knowledge.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown cut at its headings, and sections cut into passages within the size budget. */
class ChunkerTests {

    @Test
    void aPassageNeverCrossesAHeadingAndCarriesTheHeadingsAboveIt() {
        List<Section> sections = MarkdownSections.of("""
                # Prazos de entrega

                Contados em dias úteis.

                ## Norte

                Manaus: de 7 a 12 dias úteis.

                ### Interior
                De 10 a 20 dias úteis.
                """);

        List<Chunk> chunks = new Chunker(800).chunks(sections);

        assertThat(MarkdownSections.title(sections)).isEqualTo("Prazos de entrega");
        assertThat(chunks).extracting(Chunk::section, Chunk::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Prazos de entrega", "Contados em dias úteis."),
                org.assertj.core.groups.Tuple.tuple("Prazos de entrega > Norte", "Manaus: de 7 a 12 dias úteis."),
                org.assertj.core.groups.Tuple.tuple("Prazos de entrega > Norte > Interior", "De 10 a 20 dias úteis."));
        assertThat(chunks).extracting(Chunk::number).containsExactly(1, 2, 3);
    }

    @Test
    void aLongSectionIsCutAtItsParagraphsAndALongParagraphAtItsSentences() {
        String paragraph = "Frase de exemplo com algumas palavras. ".repeat(10).strip();
        String longParagraph = "Outra frase, um pouco maior, para passar do limite. ".repeat(12).strip();
        List<Section> sections = MarkdownSections.of("# Doc\n\n" + paragraph + "\n\n" + paragraph + "\n\n"
                + longParagraph + "\n");

        List<Chunk> chunks = new Chunker(500).chunks(sections);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.text().length()).isLessThanOrEqualTo(500));
        assertThat(chunks.get(0).text()).isEqualTo(paragraph);
        assertThat(String.join(" ", chunks.stream().map(Chunk::text).toList()).replace("\n\n", " "))
            .isEqualTo(paragraph + " " + paragraph + " " + longParagraph);
    }
}
