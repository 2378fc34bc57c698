package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuessTests {

    @ParameterizedTest
    @ValueSource(strings = { "Olá, Maria! Entregamos em Campinas, sim. O prazo é de 3 dias úteis.",
        "Obrigada pela mensagem! Vou verificar e já te respondo por aqui.",
        "Seu pedido 123456 foi enviado hoje e chega até sexta-feira.",
        "Não temos essa cor no momento, mas avisamos quando chegar.",
        "Vou te transferir para um atendente. Por favor, aguarde um momento." })
    void recognisesBrazilianPortuguese(String text) {
        assertThat(LanguageGuess.of(text)).contains(ReplyLanguage.PT_BR);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Hello! Your order has been shipped and it will arrive by Friday.",
        "Thank you for your message, we will check it and get back to you.",
        "Sorry, we do not have this color right now. Please check our website later." })
    void recognisesEnglish(String text) {
        assertThat(LanguageGuess.of(text)).contains(ReplyLanguage.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = { "¡Hola! Su pedido fue enviado hoy y llegará el viernes.",
        "Gracias por su mensaje, estamos revisando la información y le respondemos pronto." })
    void recognisesSpanish(String text) {
        assertThat(LanguageGuess.of(text)).contains(ReplyLanguage.ES);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ok!", "Obrigado", "Thanks!", "😊", "R$ 149,90", "12345-678", "(11) 98765-4321",
        "https://lojaaurora.com.br/trocas", "Pedido #123456", "Black Friday", "Ok, thanks, obrigado!", "Hi, tudo bem?",
        "Wi-Fi grátis", "" })
    void givesNoGuessForShortOrMixedTexts(String text) {
        assertThat(LanguageGuess.of(text)).isEmpty();
    }

    @Test
    void readsPastLinksAndNumbers() {
        assertThat(LanguageGuess.of("Veja em https://lojaaurora.com.br/the-best-of-the-year/your-order, o seu pedido "
                + "está com a transportadora.")).contains(ReplyLanguage.PT_BR);
    }
}
