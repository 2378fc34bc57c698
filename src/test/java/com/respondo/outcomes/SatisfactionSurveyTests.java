package com.respondo.outcomes;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.respondo.conversation.Message;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionSurveyTests {

    private static final String BOT = "00000000-0000-0000-0000-0000000000b0";
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5            | 5
            4.           | 4
            Nota 3!      | 3
            nota: 2      | 2
            3/5          | 3
            4 de 5       | 4
            5 estrelas ⭐ | 5
            cinco        | 5
            Um           | 1
            """)
    void readsARatingFrom1To5(String text, int score) {
        assertThat(SatisfactionSurvey.score(text)).contains(score);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "6", "10", "5 dias e o pedido não chegou", "2 camisetas, por favor", "ok", "" })
    void anythingElseIsNoRating(String text) {
        assertThat(SatisfactionSurvey.score(text)).isEmpty();
    }

    @Test
    void aRatingIsTheCustomersMessageRightAfterTheQuestion() {
        List<Message> messages = List.of(Message.fromCustomer("m1", "Ana", "Obrigada", T0),
                Message.fromAttendant("m2", BOT, "Bot", SatisfactionSurvey.withQuestion("Por nada!"), T0.plusSeconds(5)),
                Message.fromCustomer("m3", "Ana", "5", T0.plusSeconds(60)));

        assertThat(SatisfactionSurvey.ratings(messages)).extracting(SatisfactionSurvey.Rating::score).containsExactly(5);
        assertThat(SatisfactionSurvey.waitingRating(messages)).get()
            .satisfies(rating -> assertThat(rating.message().id()).isEqualTo("m3"));
    }

    @Test
    void aNumberWithNoQuestionBeforeItIsNoRating() {
        List<Message> messages = List.of(Message.fromAttendant("m1", BOT, "Bot", "Quantas unidades?", T0),
                Message.fromCustomer("m2", "Ana", "3", T0.plusSeconds(60)));

        assertThat(SatisfactionSurvey.ratings(messages)).isEmpty();
        assertThat(SatisfactionSurvey.waitingRating(messages)).isEmpty();
    }

    @Test
    void aRatingFollowedByAnotherMessageNoLongerWaits() {
        List<Message> messages = List.of(
                Message.fromAttendant("m1", BOT, "Bot", SatisfactionSurvey.withQuestion("Até logo!"), T0),
                Message.fromCustomer("m2", "Ana", "4", T0.plusSeconds(60)),
                Message.fromCustomer("m3", "Ana", "e outra dúvida: vocês entregam em Manaus?", T0.plusSeconds(70)));

        assertThat(SatisfactionSurvey.ratings(messages)).hasSize(1);
        assertThat(SatisfactionSurvey.waitingRating(messages)).isEmpty();
    }

    @Test
    void asksOnlyInTheTenantsThatTurnedItOn() {
        SatisfactionSurvey survey = new SatisfactionSurvey(List.of("clinica-sorriso"));

        assertThat(survey.asks("clinica-sorriso")).isTrue();
        assertThat(survey.asks("loja-aurora")).isFalse();
        assertThat(SatisfactionSurvey.withQuestion("Tenha um ótimo dia!"))
            .isEqualTo("Tenha um ótimo dia!\n\nDe 1 a 5, como foi o atendimento?");
    }
}
