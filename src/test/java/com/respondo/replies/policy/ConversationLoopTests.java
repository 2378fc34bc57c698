package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.BOT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.respondo.conversation.Conversation;
import com.respondo.replies.Fixtures;

class ConversationLoopTests {

    private static final String QUESTION = "Qual o prazo de entrega para Curitiba?";
    private static final String FIRST = "O prazo aparece no carrinho depois de informar o CEP.";
    private static final String SECOND = "Para Curitiba, a entrega leva de 3 a 5 dias úteis.";

    private final ConversationLoop loop = new ConversationLoop();

    @ParameterizedTest
    @ValueSource(strings = { "não entendi", "nao entendi", "Não entendi nada!!", "ainda não entendi",
        "n entendi", "nn entendi", "naum entendi", "NÃO ENTENDI", "não entendii", "não entedi", "nao entndi",
        "não foi isso que perguntei", "nao foi isso q eu perguntei", "Não foi isso o que eu perguntei.",
        "não é isso que eu perguntei", "não ajudou", "não me ajudou em nada", "não resolveu",
        "vc não entendeu", "você não me entendeu", "de novo isso?", "isso de novo...", "já falei",
        "eu já disse isso", "já perguntei isso duas vezes", "mesma resposta", "isso não faz sentido",
        "Oi, não entendi. Qual o prazo?" })
    void recognisesACustomerSayingTheAnswerDidNotHelp(String message) {
        assertThat(loop.saysItDidNotHelp(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "entendi, obrigado", "Entendi! Obrigada", "ah, agora entendi", "não, entendi sim",
        "ok", "beleza, vou ver no carrinho", "e para Porto Alegre?", "não tenho o CEP agora",
        "o entregador não entendeu o endereço", "falei com a minha mãe e ela quer também",
        "quero comprar de novo", "não precisa, obrigado", "a transportadora não respondeu meu e-mail" })
    void doesNotTakeThanksNewQuestionsOrOtherComplaintsForADidNotHelp(String message) {
        assertThat(loop.saysItDidNotHelp(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Qual o prazo de entrega para Curitiba?|qual o prazo de entrega p curitiba",
        "Qual o prazo de entrega para Curitiba?|QUAL O PRAZO DE ENTREGA PARA CURITIBA???",
        "Qual o prazo de entrega para Curitiba?|Qual o prazo de entrega para Curitiba",
        "Vocês entregam em Curitiba?|voces entregam em curitiba?" })
    void recognisesAQuestionAskedAgain(String question, String again) {
        assertThat(loop.repeatsQuestion(again, question)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Qual o prazo de entrega para Curitiba?|E qual o valor do frete?",
        "Qual o prazo de entrega para Curitiba?|e para Porto Alegre, qual o prazo?", "oi|oi",
        "ok obrigado|ok obrigado" })
    void doesNotTakeANewOrShortQuestionForARepeat(String question, String message) {
        assertThat(loop.repeatsQuestion(message, question)).isFalse();
    }

    @Test
    void handsOffAfterTwoBotAnswersTheCustomerSaidDidNotHelp() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("não entendi", 3).bot(SECOND, 2).customer("nao entendi", 1).build();

        assertThat(loop.noProgress(conversation, BOT)).get().asString()
            .startsWith(ConversationLoop.NO_PROGRESS);
    }

    @Test
    void handsOffAfterTheCustomerAskedTheSameQuestionTwice() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("qual o prazo de entrega pra curitiba??", 3).bot(SECOND, 2)
            .customer("Qual o prazo de entrega para Curitiba", 1).build();

        assertThat(loop.noProgress(conversation, BOT)).isPresent();
    }

    @Test
    void countsAComplaintThenTheQuestionAgainAsTwo() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("não foi isso que perguntei", 3).bot(SECOND, 2).customer(QUESTION, 1).build();

        assertThat(loop.noProgress(conversation, BOT)).isPresent();
    }

    @Test
    void oneAnswerThatDidNotHelpIsNotYetALoop() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 3).bot(FIRST, 2)
            .customer("não entendi", 1).build();

        assertThat(loop.noProgress(conversation, BOT)).isEmpty();
    }

    @Test
    void aGoodAnswerInBetweenBreaksTheCount() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 7).bot(FIRST, 6)
            .customer("não entendi", 5).bot(SECOND, 4).customer("entendi, obrigado. E o frete para lá?", 3)
            .bot("O frete para Curitiba é R$ 20.", 2).customer("não entendi", 1).build();

        assertThat(loop.noProgress(conversation, BOT)).isEmpty();
    }

    @Test
    void aNewQuestionAfterAGoodAnswerIsProgress() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("não entendi", 3).bot(SECOND, 2).customer("e qual o valor do frete?", 1).build();

        assertThat(loop.noProgress(conversation, BOT)).isEmpty();
    }

    @Test
    void aHumanAnswerStartsTheCountAfresh() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("não entendi", 3).human(SECOND, 2).customer("não entendi", 1).build();

        assertThat(loop.noProgress(conversation, BOT)).isEmpty();
    }

    @Test
    void nothingWaitingIsNoLoop() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("não entendi", 3).bot(SECOND, 2).build();

        assertThat(loop.noProgress(conversation, BOT)).isEmpty();
    }

    @Test
    void aTextEqualToTheBotsPreviousMessageIsARepeatWhateverItsCaseAccentsSpacingAndPunctuation() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 3).bot(FIRST, 2)
            .customer("não entendi", 1).build();

        assertThat(loop.repeatsBot(conversation, BOT, FIRST)).isTrue();
        assertThat(loop.repeatsBot(conversation, BOT, "o prazo  aparece no carrinho, depois de informar o cep"))
            .isTrue();
        assertThat(loop.repeatsBot(conversation, BOT, "O PRAZO APARECE NO CARRINHO DEPOIS DE INFORMAR O CEP!!"))
            .isTrue();
        assertThat(loop.repeatsBot(conversation, BOT, SECOND)).isFalse();
    }

    @Test
    void onlyTheBotsNewestMessageCountsAsPrevious() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 5).bot(FIRST, 4)
            .customer("não entendi", 3).bot(SECOND, 2).customer("não entendi", 1).build();
        Conversation humanOnly = Fixtures.conversation().customer(QUESTION, 2).human(FIRST, 1).build();

        assertThat(loop.repeatsBot(conversation, BOT, FIRST)).isFalse();
        assertThat(loop.repeatsBot(conversation, BOT, SECOND)).isTrue();
        assertThat(loop.repeatsBot(humanOnly, BOT, FIRST)).isFalse();
    }
}
