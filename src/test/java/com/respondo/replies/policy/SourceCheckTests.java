package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Channel;
import com.respondo.conversation.ReplySettings;
import com.respondo.knowledge.Passage;
import com.respondo.replies.Fixtures;

class SourceCheckTests {

    private static final String FIXED_HANDOFF = "Vou te transferir para um atendente. Por favor, aguarde um momento.";

    private static final Passage TROCAS = passage("politica-de-trocas.md#1", "Política de trocas",
            "Você pode trocar o produto em até 30 dias corridos após o recebimento.", 0.9);

    private static final Passage PIX = passage("pagamentos.md#2", "Pagamentos",
            "O PIX é confirmado em até 10 minutos.", 0.4);

    private final KnowledgeSources supporting = KnowledgeSources.within(List.of(TROCAS, PIX), 0.5, 2000);

    /** Only a passage under the threshold matched: none is given. */
    private final KnowledgeSources weak = KnowledgeSources.within(List.of(PIX), 0.5, 2000);

    private final AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.CLOCK);

    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));

    static Passage passage(String id, String title, String text, double score) {
        return new Passage(id, id.substring(0, id.indexOf('#')), title, "", text, score, 1.0);
    }

    private static AiDecision reply(String message, List<String> sources) {
        return new AiDecision(AiAction.REPLY, message, 0.9, "motivo", null, null, sources);
    }

    @Test
    void aReplyCitingAGivenSourceIsSentAndRecordsItsIds() {
        Decision decision = policy.decide(Fixtures.tenant(), AgendaOptions.none(), supporting,
                reply("Você pode trocar em até 30 dias.", List.of("politica-de-trocas.md#1")), List.of(ANA), check);

        assertThat(decision.action()).isEqualTo(new Action.SendReply("Você pode trocar em até 30 dias."));
        assertThat(decision.sources()).containsExactly("politica-de-trocas.md#1");
    }

    @Test
    void aReplyCitingAnIdThatWasNotGivenIsHandedOffWithTheReason() {
        Decision decision = policy.decide(Fixtures.tenant(), AgendaOptions.none(), supporting,
                reply("Você pode trocar em até 90 dias.", List.of("garantia.md#7")), List.of(ANA), check);

        assertThat(decision.action()).isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA,
                "output-guard:unknown-source: cites garantia.md#7, not among the 1 sources given (AI reply)"));
        assertThat(decision.sources()).isEmpty();
    }

    @Test
    void aReplyStatingFiguresWithNoSourceWhileTheSourcesSupportOneIsHandedOff() {
        Decision decision = policy.decide(Fixtures.tenant(), AgendaOptions.none(), supporting,
                reply("Você pode trocar em até 90 dias.", List.of()), List.of(ANA), check);

        assertThat(((Action.Handoff) decision.action()).reason()).startsWith("output-guard:no-source");
    }

    @Test
    void aReplyWithoutFiguresOrWithoutSupportingSourcesNeedsNoCitation() {
        assertThat(SourceCheck.problemWith(supporting, List.of(), "Claro, posso ajudar com a sua troca!")).isEmpty();
        assertThat(SourceCheck.problemWith(weak, List.of(), "Abrimos às 9h.")).isEmpty();
    }

    @Test
    void noSourceGivenMeansNoCheckAndNothingRecorded() {
        Decision decision = policy.decide(Fixtures.tenant(), AgendaOptions.none(), KnowledgeSources.none(),
                reply("Trocas em até 30 dias.", List.of("inventada.md#1")), List.of(ANA), check);

        assertThat(decision.action()).isEqualTo(new Action.SendReply("Trocas em até 30 dias."));
        assertThat(decision.sources()).isEmpty();
    }

    @Test
    void figuresAreDigitsPricesPercentagesOrNumbersWrittenWithTheirUnit() {
        assertThat(SourceCheck.statesFacts("O frete custa R$ 15")).isTrue();
        assertThat(SourceCheck.statesFacts("Desconto de 5% no PIX")).isTrue();
        assertThat(SourceCheck.statesFacts("Entregamos em até sete dias úteis")).isTrue();
        assertThat(SourceCheck.statesFacts("Você tem trinta dias para trocar")).isTrue();
        assertThat(SourceCheck.statesFacts("Até 10/12 chega")).isTrue();
        assertThat(SourceCheck.statesFacts("Olá, Ana! Posso ajudar com a sua troca?")).isFalse();
        assertThat(SourceCheck.statesFacts("Um atendente vai continuar em instantes.")).isFalse();
    }
}
