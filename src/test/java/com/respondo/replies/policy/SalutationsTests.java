package com.respondo.replies.policy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.replies.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class SalutationsTests {

    @ParameterizedTest
    @ValueSource(strings = { "oi", "Olá!", "bom dia", "Boa tarde!!", "boa noiteee", "olá, tudo bem?", "oiii",
        "e aí", "E aí, beleza?", "😀", "Oi 👋 tudo bem com você?", "Bom dia, pessoal", "opa", "alguém aí?", "  ",
        "Olá\u200b, boa tarde" })
    void recognisesMessagesThatOnlyGreet(String text) {
        assertThat(Salutations.onlySalutation(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "oi, qual o prazo de entrega?", "bom dia, preciso trocar um produto",
        "tem o tênis Aurora Run no 42?", "boa tarde, meu pedido não chegou", "Olá, gostaria de agendar uma limpeza",
        "oi, quero falar com um atendente", "boa tarde, vocês abrem sábado?", "oi sou a Ana" })
    void recognisesMessagesThatAskSomething(String text) {
        assertThat(Salutations.onlySalutation(text)).as(text).isFalse();
    }

    @Test
    void aBurstOnlyGreetsWhenEveryMessageDoes() {
        Conversation greeting = Fixtures.conversation().owner(null).customer("oi", 2).customer("tudo bem?", 1).build();
        Conversation asking = Fixtures.conversation().owner(null).customer("oi", 2).customer("tudo bem?", 1)
            .customer("tem o tênis Aurora Run no 42?", 0).build();

        assertThat(Salutations.onlySalutations(greeting.burst())).isTrue();
        assertThat(Salutations.onlySalutations(asking.burst())).isFalse();
        assertThat(Salutations.onlySalutations(List.of())).isTrue();
    }
}
