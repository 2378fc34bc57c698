package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.BOT;
import static com.respondo.replies.Fixtures.NOW;
import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.replies.Fixtures;

/** Issue 16, item 1: the dossier a hand-off leaves for the person taking the conversation over. */
class HandoffNoteTests {

    private final Conversation conversation = Fixtures.conversation()
        .customer("Oi, comprei um tênis e veio o tamanho errado", 30)
        .bot("Sinto muito! Para trocas, informe o número do pedido.", 29)
        .customer("pedido 48213, meu cpf é 529.982.247-25 e o e-mail maria.souza@exemplo.com.br", 3)
        .customer("quero falar com um atendente", 2)
        .build();

    @Test
    void saysWhySummarisesWhatTheCustomerWaitsForAndListsTheDataAndHistory() {
        String note = HandoffNote.write(conversation, "m4", "customer asked for a human", Optional.of(List.of(
                new HandoffNote.Past(NOW.minus(Duration.ofDays(12)), "Quero trocar a camiseta"),
                new HandoffNote.Past(null, "Onde está meu pedido?"))), BOT, SAO_PAULO);

        assertThat(note.lines().toList()).hasSize(7).satisfiesExactly(
                tag -> assertThat(tag).isEqualTo(HandoffNote.tagLine("m4")).startsWith(HandoffNote.TAG),
                reason -> assertThat(reason).isEqualTo("Motivo: customer asked for a human"),
                opening -> assertThat(opening).startsWith("Resumo: Maria Souza escreveu 3 mensagens desde sex 29/11")
                    .contains("começou com \"Oi, comprei um tênis e veio o tamanho errado\""),
                bot -> assertThat(bot).contains("Última resposta do bot: \"Sinto muito!"),
                waits -> assertThat(waits).startsWith("Aguarda: resposta a \"pedido 48213")
                    .endsWith("quero falar com um atendente\""),
                data -> assertThat(data).isEqualTo("Dados informados: CPF 529.982.247-25; "
                        + "e-mail maria.souza@exemplo.com.br; pedido 48213"),
                past -> assertThat(past).isEqualTo("Atendimentos anteriores (90 dias): 2: "
                        + "\"Quero trocar a camiseta\"; \"Onde está meu pedido?\""));
    }

    @Test
    void saysSoWhenThePreviousConversationsCouldNotBeRead() {
        String note = HandoffNote.write(conversation, "m4", "LLM unavailable", Optional.empty(), BOT, SAO_PAULO);

        assertThat(note).endsWith("Atendimentos anteriores (90 dias): não foi possível consultar");
        assertThat(HandoffNote.write(conversation, "m4", "x", Optional.of(List.of()), BOT, SAO_PAULO))
            .endsWith("Atendimentos anteriores (90 dias): nenhum");
    }

    @Test
    void keepsAPersonsObservationsAndRecognisesItsOwnNote() {
        String note = HandoffNote.write(conversation, "m4", "reason", Optional.empty(), BOT, SAO_PAULO);

        String observations = HandoffNote.appendedTo("Cliente VIP: falar com a Marta.\n", note);

        assertThat(observations).startsWith("Cliente VIP: falar com a Marta.\n\n" + HandoffNote.tagLine("m4"));
        assertThat(HandoffNote.writtenIn(observations, "m4")).isTrue();
        assertThat(HandoffNote.writtenIn(observations, "m5")).isFalse();
        assertThat(HandoffNote.writtenIn(null, "m4")).isFalse();
        assertThat(HandoffNote.appendedTo(null, note)).isEqualTo(note);
    }
}
