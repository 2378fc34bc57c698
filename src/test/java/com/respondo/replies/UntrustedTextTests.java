package com.respondo.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTests {

    @Test
    void cleanRemovesInvisibleAndControlCharactersButKeepsEmojiAccentsAndRtlText() {
        String text = "Ol\u00E1\u200B \u202Eabc\u202C\u0007 \uFEFF😊 שלום مرحبا\r\nfim";

        assertThat(UntrustedText.clean(text)).isEqualTo("Olá abc 😊 שלום مرحبا\nfim");
    }

    @Test
    void cleanComposesAccentsAndReplacesBrokenSurrogates() {
        assertThat(UntrustedText.clean("a\u0301")).isEqualTo("á");
        assertThat(UntrustedText.clean("x\uD83Dy")).isEqualTo("x\uFFFDy");
    }

    @Test
    void oneLineJoinsLinesWithASlashAndSqueezesBlanks() {
        assertThat(UntrustedText.oneLine("  a\n\n b \t c\u00A0 d  ")).isEqualTo("a / b c d");
    }

    @Test
    void foldIgnoresCaseAccentsAndPunctuation() {
        assertThat(UntrustedText.fold("Não, é ROBÔ?! Ação!")).isEqualTo("nao e robo acao");
    }

    @Test
    void truncateCountsCodePointsAndNeverSplitsAnEmoji() {
        assertThat(UntrustedText.truncate("😊😊😊😊", 3, "…")).isEqualTo("😊😊…");
        assertThat(UntrustedText.truncate("abc", 3, "…")).isEqualTo("abc");
    }
}
