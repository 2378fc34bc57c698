package com.respondo.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "meu cpf é 529.982.247-25, obrigado|meu cpf é [CPF], obrigado",
        "cpf 52998224725|cpf [CPF]",
        "cpf 123.456.789-00 (formatado, mesmo inválido)|cpf [CPF] (formatado, mesmo inválido)",
        "cnpj 11.222.333/0001-81|cnpj [CNPJ]",
        "cnpj 11222333000181|cnpj [CNPJ]",
        "cartão 4111 1111 1111 1111 validade 12/29|cartão [CARTAO] validade 12/29",
        "cartão 5500-0000-0000-0004|cartão [CARTAO]",
        "cartão 4111111111111111|cartão [CARTAO]",
        "email Maria.Souza+loja@Exemplo.com.br ok|email [EMAIL] ok",
        "tel (11) 98765-4321|tel [TELEFONE]",
        "tel 11 98765-4321|tel [TELEFONE]",
        "tel 11987654321|tel [TELEFONE]",
        "tel +55 11 98765-4321|tel [TELEFONE]",
        "tel +5511987654321|tel [TELEFONE]",
        "tel 98765-4321|tel [TELEFONE]",
        "fixo (11) 3333-4444|fixo [TELEFONE]",
        "fixo 1133334444|fixo [TELEFONE]",
        "intl +1 415 555 0100|intl [TELEFONE]",
    })
    void masksPii(String text, String masked) {
        assertThat(PiiMasker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "conversation=8677cd04-ec4e-4190-8123-46b7c1a9ec30 step=ai-reply|conversation=8677cd04-ec4e-4190-8123-46b7c1a9ec30 step=ai-reply",
        "launch 80405C60-7DF3-4411-9876-0B73C629A352|launch 80405C60-7DF3-4411-9876-0B73C629A352",
        "tel 98765-4321 na conversa 8677cd04-ec4e-4190-8123-46b7c1a9ec30|tel [TELEFONE] na conversa 8677cd04-ec4e-4190-8123-46b7c1a9ec30",
    })
    void leavesTempBoxIdsAlone(String text, String masked) {
        assertThat(PiiMasker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pedido 12345 entregue em 28/11/2024 às 14:05",
        "custa R$ 1.234,56",
        "cartão 4111 1111 1111 1112",
        "número 12345678900 inválido",
        "protocolo 2024",
        "olá, tudo bem? 😊",
    })
    void leavesOtherNumbersAndTextAlone(String text) {
        assertThat(PiiMasker.mask(text)).isEqualTo(text);
    }

    @Test
    void masksEveryKindInOneText() {
        String text = "Sou Maria, CPF 529.982.247-25, e-mail maria@exemplo.com, tel (11) 98765-4321, "
                + "cartão 4111 1111 1111 1111.";

        assertThat(PiiMasker.mask(text)).isEqualTo(
                "Sou Maria, CPF [CPF], e-mail [EMAIL], tel [TELEFONE], cartão [CARTAO].");
    }

    @Test
    void keepsNullAndEmpty() {
        assertThat(PiiMasker.mask(null)).isNull();
        assertThat(PiiMasker.mask("")).isEmpty();
    }

    @Test
    void replacementCharactersInTheTextAreNotInterpreted() {
        assertThat(PiiMasker.mask("$1 \\ maria@exemplo.com $0")).isEqualTo("$1 \\ [EMAIL] $0");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void hostileMegabyteTextsAreMaskedInLinearTime(int kind) {
        String text = switch (kind) {
            case 0 -> "a".repeat(1 << 20);
            case 1 -> "1".repeat(1 << 20);
            case 2 -> "1 ".repeat(1 << 19);
            case 3 -> "a@".repeat(1 << 19);
            default -> "4111 1111 1111 1111 ".repeat(50_000);
        };

        String masked = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PiiMasker.mask(text));

        assertThat(masked).isNotNull();
        if (kind == 4) {
            assertThat(masked).doesNotContain("4111");
        }
    }

    @Test
    void luhnChecksCardNumbers() {
        assertThat(PiiMasker.luhn("4111111111111111")).isTrue();
        assertThat(PiiMasker.luhn("4111111111111112")).isFalse();
        assertThat(PiiMasker.luhn("411111111111")).isFalse();
    }
}
