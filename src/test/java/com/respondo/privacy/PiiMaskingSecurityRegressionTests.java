package com.respondo.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Brazilian ways of writing PII that the masking used to miss (issue 13): a CPF in groups of digits, a card number
 * with dots, a mobile number with its 9 apart, an e-mail address spelt out to dodge filters, a CEP; and the numbers
 * that look like them but are not PII (dates, order numbers, amounts), which stay as they are.
 */
class PiiMaskingSecurityRegressionTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "meu cpf é 529 982 247 25, obrigado|meu cpf é [CPF], obrigado",
        "cpf 529.982.247 25|cpf [CPF]",
        "cpf 529 982 247-25|cpf [CPF]",
        "cartão 4111.1111.1111.1111 validade 12/29|cartão [CARTAO] validade 12/29",
        "cartão 5500.0000.0000.0004|cartão [CARTAO]",
        "tel 11 9 8765 4321 ok|tel [TELEFONE] ok",
        "tel (11) 9 8765-4321|tel [TELEFONE]",
        "tel 11 9 8765-4321|tel [TELEFONE]",
        "tel 9 8765-4321|tel [TELEFONE]",
        "email fulano(at)example(dot)com ok|email [EMAIL] ok",
        "email fulano (at) example (dot) com (dot) br|email [EMAIL]",
        "email Fulano.Silva[at]exemplo[dot]com.br|email [EMAIL]",
        "email fulano{AT}example.com|email [EMAIL]",
        "email fulano (arroba) exemplo (ponto) com|email [EMAIL]",
        "CEP 01310-100, São Paulo|CEP [CEP], São Paulo",
        "cep: 20040-020|cep: [CEP]",
    })
    void masksTheBrazilianVariants(String text, String masked) {
        assertThat(PiiMasker.mask(text)).isEqualTo(masked);
        assertThat(PiiMasker.mayContainPii(text)).as("the quick scan lets it through to the patterns").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "entregue em 28/11/2024 às 14:05",
        "data 2024-11-28T14:05:00Z",
        "vence 28.11.2024",
        "pedido 123456 de 28/11/2024",
        "pedido #2024-000123",
        "pedido nº 1234 5678 9012",
        "nota fiscal 000.123.456",
        "custa R$ 1.234,56",
        "total R$ 12.345.678,90",
        "R$ 1 234 567,89",
        "cpf 123 456 789 00 inválido",
        "cartão 4111.1111.1111.1112",
        "3 x 12 parcelas de 99,90",
        "versão 1.2.3 (at) home",
        "encontro at 10 (at the office)",
        "a reunião é às 10 (dot) 30",
        "código 12345-6789",
    })
    void leavesDatesOrderNumbersAndAmountsAlone(String text) {
        assertThat(PiiMasker.mask(text)).isEqualTo(text);
    }
}
