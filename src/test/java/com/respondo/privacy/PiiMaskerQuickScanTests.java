package com.respondo.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick scan lets every text with PII through to the masking, and stops the log lines that cannot hold any. */
class PiiMaskerQuickScanTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "meu cpf é 529.982.247-25, obrigado", "cpf 52998224725", "cnpj 11.222.333/0001-81", "cnpj 11222333000181",
        "cartão 4111 1111 1111 1111 validade 12/29", "cartão 5500-0000-0000-0004", "email maria@exemplo.com.br ok",
        "tel (11) 98765-4321", "tel 11 98765-4321", "tel 11987654321", "tel +55 11 98765-4321", "tel 98765-4321",
        "fixo (11) 3333-4444", "fixo 1133334444", "intl +1 415 555 0100", "fixo (11)\t3333 4444", "99876 5432",
    })
    void letsEveryTextWithPiiThrough(String text) {
        assertThat(PiiMasker.mask(text)).as("the example holds PII").isNotEqualTo(text);
        assertThat(PiiMasker.mayContainPii(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "TempBox ListarMensagensEmAberto tenant=loja-aurora HTTP 200 Code 200 in 12 ms: POST http://127.0.0.1:8080/"
                + "sandbox/tempbox/api/Atendimento/ListarMensagensEmAberto?token=***&json=(35 chars)",
        "Step bot-reply conversation=0b6f3c1e-6d0a-4a55-9d7e-1f2a3b4c5d6e decision=CANNED in 830 ms",
        "Job replies execution 42 COMPLETED in 3150 ms: read 25, written 19, skipped 2",
        "Circuit breaker tempbox-loja-aurora opened; calls fail fast for 30000 ms",
        "entrega em 2 a 5 dias úteis", "pedido 12345 entregue em 28/11 às 14:05", "a + b = 3",
    })
    void stopsLinesThatCannotHoldPii(String text) {
        assertThat(PiiMasker.mayContainPii(text)).isFalse();
        assertThat(PiiMasker.mask(text)).isEqualTo(text);
    }
}
