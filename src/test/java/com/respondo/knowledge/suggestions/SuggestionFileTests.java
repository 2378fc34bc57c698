package com.respondo.knowledge.suggestions;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionFileTests {

    @TempDir
    Path tenant;

    @Test
    void writesAHeadingAndTheQuestionAndAnswerUnderANewNameEachTime() {
        String first = SuggestionFile.write(tenant, "Vocês entregam em São Luís?", "Sim, em 5 dias.");
        String second = SuggestionFile.write(tenant, "Vocês entregam em São Luís?", "Sim, em 5 dias úteis.");

        assertThat(first).isEqualTo("sugestoes/voces-entregam-em-sao-luis.md");
        assertThat(second).isEqualTo("sugestoes/voces-entregam-em-sao-luis-2.md");
        assertThat(tenant.resolve(first)).content().isEqualTo("""
                # Vocês entregam em São Luís?

                Pergunta do cliente:

                Vocês entregam em São Luís?

                Resposta da equipe:

                Sim, em 5 dias.
                """);
        assertThat(tenant.resolve(second)).content().contains("Sim, em 5 dias úteis.");
    }

    @Test
    void untrustedMarkdownAndHtmlStayPlainTextWhileTheMasksStayReadable() {
        String plain = SuggestionFile.plain("# Título falso\n<script>x</script> [clique](http://x) *negrito* [CPF]");

        assertThat(plain).isEqualTo(
                "\\# Título falso\n\\<script\\>x\\</script\\> [clique]\\(http://x) \\*negrito\\* [CPF]");
        assertThat(SuggestionFile.slug("!!!")).isEqualTo("sugestao");
    }
}
