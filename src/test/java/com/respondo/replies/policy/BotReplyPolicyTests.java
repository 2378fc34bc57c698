package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;

class BotReplyPolicyTests {

    private final BotReplyPolicy policy = new BotReplyPolicy(ReplySettings.defaults());
    private final TenantProfile tenant = Fixtures.tenant();
    private final CannedMenu menu = CannedMenu.of(Fixtures.canned(), Fixtures.WHATSAPP);
    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));

    // menu order: 1. Entregamos… (c-delivery) 2. Nosso horário… (c-hours) 3. Para trocas… (c-exchange)

    @Test
    void sendsTheChosenCannedMessageWhenConfidenceReachesTheThreshold() {
        Decision decision = policy.decide(menu, new CannedChoice(2, 0.75, "pergunta sobre horário"), check);

        assertThat(decision.action()).isEqualTo(new Action.SendCanned("c-hours", Fixtures.canned().get(0).text()));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.LLM);
        assertThat(decision.confidence()).isEqualTo(0.75);
        assertThat(decision.reason()).isEqualTo("pergunta sobre horário");
    }

    @Test
    void leavesACannedMessageTheGuardRefusesToAiReplyNamingWhy() {
        CannedMenu linking = CannedMenu.of(List.of(new CannedMessage("c-promo", "h9",
                "Veja as ofertas em https://ofertas.lojaaurora.com.br")), Fixtures.WHATSAPP);
        OutgoingTextCheck noLinks = check.withTenantTexts(List.of(), List.of());

        Decision decision = policy.decide(linking, new CannedChoice(1, 0.9, "ofertas"), noLinks);

        assertThat(decision.deferred()).isTrue();
        assertThat(decision.reason()).startsWith("output-guard:link").endsWith("(canned message)");
        assertThat(policy.decide(linking, new CannedChoice(1, 0.9, "ofertas"),
                check.withTenantTexts(OutgoingTextCheck.tenantTexts(tenant, linking), null)).kind())
                .isEqualTo(ActionKind.SEND_CANNED);
    }

    @Test
    void defersWhenConfidenceIsBelowTheThreshold() {
        Decision decision = policy.decide(menu, new CannedChoice(2, 0.74, "talvez"), check);

        assertThat(decision.deferred()).isTrue();
        assertThat(((Action.Defer) decision.action()).reason()).contains("below 0.75");
    }

    @Test
    void thresholdIsConfigurable() {
        BotReplyPolicy bold = new BotReplyPolicy(new ReplySettings(java.time.Duration.ofSeconds(8), 0.5, 0.6,
                java.time.Duration.ofMinutes(5), 3000, 4, 10));

        assertThat(bold.decide(menu, new CannedChoice(2, 0.5, ""), check).kind()).isEqualTo(ActionKind.SEND_CANNED);
    }

    @Test
    void defersWhenNoCannedMessageFitsOrTheOptionIsOutOfRange() {
        assertThat(policy.decide(menu, new CannedChoice(0, 0.99, "nenhuma"), check).action())
                .isEqualTo(new Action.Defer("no canned message fits"));
        assertThat(policy.decide(menu, new CannedChoice(4, 0.99, ""), check).action())
                .isEqualTo(new Action.Defer("option 4 out of range"));
    }

    @Test
    void defersWhenTheChoiceIsMissingOrInvalid() {
        assertThat(policy.decide(menu, null, check).deferred()).isTrue();
        assertThat(policy.decide(menu, new CannedChoice(-1, 0.9, ""), check).deferred()).isTrue();
        assertThat(policy.decide(menu, new CannedChoice(1, 1.5, ""), check).deferred()).isTrue();
        assertThat(policy.decide(menu, new CannedChoice(null, null, null), check).reason())
                .contains("invalid canned choice");
    }

    @Test
    void defersWhenTheCannedTextFailsTheCheck() {
        CannedMenu templated = CannedMenu.of(List.of(new CannedMessage("c1", "h", "Olá {nome}, tudo bem?")), 1);

        Decision decision = policy.decide(templated, new CannedChoice(1, 0.9, ""), check);

        assertThat(decision.deferred()).isTrue();
        assertThat(decision.reason()).contains("unrendered template variable");
    }

    @Test
    void defersBeforeAnyLlmCallWhenTheCustomerAsksForAHuman() {
        Conversation asking = Fixtures.conversation().customer("quero falar com uma pessoa", 1).build();

        assertThat(policy.beforeLlm(asking, menu, Fixtures.BOT)).get()
                .satisfies(decision -> assertThat(decision.reason()).startsWith("human requested"))
                .extracting(Decision::kind).isEqualTo(ActionKind.DEFER);
    }

    @Test
    void defersBeforeAnyLlmCallWhenNothingWaitsOrNothingCanBeOffered() {
        Conversation answered = Fixtures.conversation().customer("oi", 2).bot("Olá!", 1).build();
        Conversation waiting = Fixtures.conversation().customer("qual o horário?", 1).build();

        assertThat(policy.beforeLlm(answered, menu, Fixtures.BOT)).get().extracting(Decision::kind)
            .isEqualTo(ActionKind.DEFER);
        assertThat(policy.beforeLlm(waiting, CannedMenu.empty(), Fixtures.BOT)).get().extracting(Decision::kind)
                .isEqualTo(ActionKind.DEFER);
        assertThat(policy.beforeLlm(waiting, menu, Fixtures.BOT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", " 2 ", "2.", "opção 2", "Opcao 2"})
    void fallbackAnswersAMenuDigitByItsPosition(String text) {
        Conversation conversation = Fixtures.conversation().customer(text, 1).build();

        Decision decision = policy.withoutLlm(tenant, conversation, menu, check);

        assertThat(decision.action()).isEqualTo(new Action.SendCanned("c-hours", Fixtures.canned().get(0).text()));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.FALLBACK);
    }

    @Test
    void fallbackAnswersAMenuDigitByTheCompanysShortcutNumbersWhenThereAreAny() {
        CannedMenu numbered = CannedMenu.of(List.of(
                new CannedMessage("a", "h", "Horário: 8h às 18h.", null, 7L),
                new CannedMessage("b", "h", "Trocas em 30 dias.", null, 3L)), 1);

        Decision seven = policy.withoutLlm(tenant, Fixtures.conversation().customer("7", 1).build(), numbered, check);
        Decision one = policy.withoutLlm(tenant, Fixtures.conversation().customer("1", 1).build(), numbered, check);

        assertThat(seven.action()).isEqualTo(new Action.SendCanned("a", "Horário: 8h às 18h."));
        assertThat(one.deferred()).isTrue();
    }

    @Test
    void fallbackDefersAMenuDigitOutOfRange() {
        Conversation conversation = Fixtures.conversation().customer("9", 1).build();

        assertThat(policy.withoutLlm(tenant, conversation, menu, check).deferred()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "qual o horário de funcionamento?",
        "Vocês abrem sábado? Até que horas funciona?",
        "horários",
        "como faço uma troca? tenho a nota fiscal",
    })
    void fallbackAnswersWhenExactlyOneCannedMessagesDistinctiveWordsMatch(String text) {
        Conversation conversation = Fixtures.conversation().customer(text, 1).build();

        Decision decision = policy.withoutLlm(tenant, conversation, menu, check);

        assertThat(decision.kind()).as(text).isEqualTo(ActionKind.SEND_CANNED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "oi",
        "bom dia!",
        "obrigada, tchau",
        "Olá, Loja Aurora!",
        "quero trocar o produto, qual o prazo de entrega da troca pelo CEP?",
        "meu pedido não chegou e estou muito chateada com o atraso, já faz duas semanas que espero sem resposta",
        "🙂",
        "",
    })
    void fallbackDefersWhateverIsAmbiguousOrMeaningless(String text) {
        Conversation conversation = Fixtures.conversation().customer(text, 1).build();

        Decision decision = policy.withoutLlm(tenant, conversation, menu, check);

        assertThat(decision.deferred()).as(text).isTrue();
        assertThat(decision.basis()).isEqualTo(Decision.Basis.FALLBACK);
    }

    @Test
    void fallbackReadsTheWholeBurst() {
        Conversation conversation = Fixtures.conversation()
                .customer("oi", 3)
                .customer("queria saber", 2)
                .customer("o horário de funcionamento", 1)
                .build();

        assertThat(policy.withoutLlm(tenant, conversation, menu, check).action())
                .extracting(action -> ((Action.SendCanned) action).cannedId()).isEqualTo("c-hours");
    }
}
