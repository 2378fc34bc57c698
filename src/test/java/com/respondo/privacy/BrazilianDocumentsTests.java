package com.respondo.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrazilianDocumentsTests {

    @ParameterizedTest
    @ValueSource(strings = {"52998224725", "11144477735"})
    void acceptsCpfsWithValidCheckDigits(String cpf) {
        assertThat(BrazilianDocuments.isValidCpf(cpf)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"52998224724", "11111111111", "00000000000", "5299822472", "529982247250",
        "529.982.247-25", "", "abcdefghijk"})
    void refusesOtherCpfs(String cpf) {
        assertThat(BrazilianDocuments.isValidCpf(cpf)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11222333000181", "45997418000153"})
    void acceptsCnpjsWithValidCheckDigits(String cnpj) {
        assertThat(BrazilianDocuments.isValidCnpj(cnpj)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11222333000180", "00000000000000", "11111111111111", "1122233300018",
        "11.222.333/0001-81", ""})
    void refusesOtherCnpjs(String cnpj) {
        assertThat(BrazilianDocuments.isValidCnpj(cnpj)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-25", "529 982 247 25", "CPF: 529982247-25"})
    void digitsOfKeepsOnlyTheDigits(String text) {
        assertThat(BrazilianDocuments.digitsOf(text)).isEqualTo("52998224725");
    }
}
