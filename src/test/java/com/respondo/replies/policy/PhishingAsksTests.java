package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhishingAsksTests {

    private final PhishingAsks asks = PhishingAsks.publishedIn(List.of(
            "Pagamentos por PIX: chave CNPJ 12.345.678/0001-95 ou financeiro@lojaaurora.com.br."));

    @ParameterizedTest
    @ValueSource(strings = { "Para continuar, me passe sua senha.", "Informe o número do cartão e o CVV, por favor.",
        "Qual é a sua senha do app?", "Me envie o código que você recebeu por SMS.",
        "Confirme os dados do cartão para liberar o pedido.", "Please send me your password.",
        "Faça um PIX para a chave 529.982.247-25 para liberar o envio.",
        "Para agilizar, faça o pix para reembolso.rapido@gmail.com",
        "Transfira via PIX para a chave 3f2504e0-4f89-11d3-9a0c-0305e82c3301" })
    void refusesWhatAFraudsterWouldAsk(String text) {
        assertThat(asks.problemWith(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Nunca pedimos sua senha por aqui.", "Por segurança, não informe sua senha a ninguém.",
        "Você pode redefinir a senha pelo aplicativo.", "Informe o número do pedido, por favor.",
        "Faça o PIX para a chave CNPJ 12.345.678/0001-95.", "Pague via pix: financeiro@lojaaurora.com.br",
        "Recebemos o seu PIX, obrigado!", "Aceitamos PIX e cartão em até 10x.",
        "Seu CPF 529.982.247-25 está cadastrado.", "Me informe o CPF do titular, por favor." })
    void letsOrdinaryAnswersThrough(String text) {
        assertThat(asks.problemWith(text)).isEmpty();
    }
}
