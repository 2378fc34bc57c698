package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens are masked in URLs, JSON and free text, and only what is masked is changed. */
class SecretMaskingTests {

    @Test
    void masksTheTokenOfAQueryStringUpToTheNextParameter() {
        assertThat(SecretMasking.mask("/api/Atendimento/Listar?token=abc%2B123&json=%7B%7D"))
            .isEqualTo("/api/Atendimento/Listar?token=***&json=%7B%7D");
    }

    @Test
    void masksJsonTokensAndAnyCase() {
        assertThat(SecretMasking.mask("{\"Token\":\"abc\"} Token=abc")).isEqualTo("{\"Token\":\"***\"} Token=***");
    }

    @Test
    void leavesMaskedAndTokenFreeTextAlone() {
        assertThat(SecretMasking.needsMasking("?token=***&json=")).isFalse();
        assertThat(SecretMasking.needsMasking("Prezado cliente, seu token de acesso chegou")).isFalse();
        assertThat(SecretMasking.mask("Olá, Mariana")).isEqualTo("Olá, Mariana");
    }

    @Test
    void anExcerptMasksTheLiteralSecretIsOneLineAndIsCut() {
        String excerpt = SecretMasking.excerpt("erro\n\tsegredo=S3cr3t " + "x".repeat(300), "S3cr3t", 200);

        assertThat(excerpt).startsWith("erro segredo=*** x").hasSize(200).endsWith("…").doesNotContain("S3cr3t");
    }
}
