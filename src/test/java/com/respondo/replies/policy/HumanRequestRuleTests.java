package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.replies.Fixtures;

class HumanRequestRuleTests {

    private final HumanRequestRule rule = new HumanRequestRule();

    @ParameterizedTest
    @ValueSource(strings = {
        "atendente",
        "ATENDENTE!!!",
        "Quero falar com um atendente, por favor",
        "atendenteeee",
        "atendete por favor",
        "atendnte",
        "quero um humano",
        "HUMANO",
        "umano",
        "quero atendimento humano",
        "falar com uma pessoa",
        "Quero falar com uma pessoa.",
        "quero falar com uma pesoa",
        "preciso falar com alguém",
        "posso falar com alguem?",
        "pessoa de verdade",
        "quero uma pessoa de verdade",
        "tem como falar com uma pessoa real?",
        "quero falar com um ser humano",
        "quero um gerente",
        "Quero falar com o gerente!",
        "chama o supervisor",
        "me passa pra alguém",
        "me passa para um atendente",
        "me transfere pra uma pessoa",
        "pode me transferir para alguém?",
        "não quero falar com robô",
        "NAO QUERO FALAR COM ROBO",
        "n quero falar com bot",
        "não quero robô",
        "nao falo com maquina",
        "chega de robô",
        "cansei desse bot",
        "alguém pode me atender?",
        "gente de verdade, por favor",
        "quero ser atendido por uma pessoa",
        "quero falar com um vendedor",
        "ai quero falar com um humano\u200B agora",
        "a-t-e-n-d-e-n-t-e? não, ATENDENTE mesmo",
        "Olá! 😊 quero falar com atendente 🙏",
    })
    void recognisesARequestForAHuman(String text) {
        assertThat(rule.isHumanRequest(text)).as(text).isTrue();
        assertThat(rule.detect(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "oi",
        "bom dia",
        "qual o horário de vocês?",
        "humanidade",
        "a humanidade agradece",
        "atendimento ótimo",
        "o atendimento foi ótimo, obrigada",
        "alguém pode me ajudar?",
        "uma pessoa da minha família comprou aqui",
        "a pessoa que me vendeu foi simpática",
        "o gerente da loja é simpático",
        "foi um erro humano",
        "trabalho com recursos humanos",
        "vocês respeitam os direitos humanos?",
        "você é um robô?",
        "não é robô, é?",
        "eu não ia comprar, mas comprei",
        "quanto custa a entrega para 01310-100?",
        "me passa o preço",
        "quero pagar com pix",
        "não preciso de atendente, obrigado",
        "não quero falar com atendente",
        "o atendente de ontem resolveu, obrigado",
        "posso mandar outra pessoa buscar o pedido?",
        "vcs estão contratando atendente?",
        "como se chama o gerente de vocês?",
        "preciso do boleto",
        "aluguel de vestidos",
        "🙂🙂🙂",
        "<script>alert('atendimento')</script>",
        "'; DROP TABLE atendimentos; --",
    })
    void doesNotMistakeOtherMessagesForARequest(String text) {
        assertThat(rule.isHumanRequest(text)).as(text).isFalse();
    }

    @Test
    void saysWhichWordsAskedForAHuman() {
        assertThat(rule.detect("Oi, boa tarde! Quero falar com uma pessoa, por favor.")).get()
                .asString().contains("falar").contains("pessoa");
    }

    @Test
    void findsTheRequestInAnyMessageOfTheCustomersNewestBurst() {
        Conversation conversation = Fixtures.conversation()
                .customer("quero falar com um atendente", 30)
                .bot("Claro, um momento.", 29)
                .customer("oi", 3)
                .customer("me passa pra alguém", 2)
                .customer("obrigada", 1)
                .build();

        assertThat(rule.detect(conversation)).get()
                .extracting(HumanRequestRule.HumanRequest::messageId).isEqualTo("m4");
    }

    @Test
    void ignoresRequestsAlreadyAnsweredByAnAttendant() {
        Conversation conversation = Fixtures.conversation()
                .customer("quero falar com um atendente", 30)
                .bot("Claro, um momento.", 29)
                .customer("qual o prazo de entrega?", 1)
                .build();

        assertThat(rule.detect(conversation)).isEmpty();
    }
}
