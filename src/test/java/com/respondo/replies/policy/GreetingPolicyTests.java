package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Channels;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;

class GreetingPolicyTests {

    private final GreetingPolicy policy = new GreetingPolicy(Fixtures.CLOCK);
    private final TenantProfile tenant = Fixtures.tenant();
    private final Conversation conversation = Fixtures.conversation().owner(null).customer("oi", 1).build();
    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096))
            .withSecrets(List.of("segredo-do-token"));
    private static final java.util.function.Supplier<List<String>> HUMANS = () -> List.of(Fixtures.CARLOS);

    @Test
    void greetsWithTheLlmsGreetingWhenItPassesTheCheck() {
        Decision decision = policy.decide(tenant, conversation,
                new Greeting("  Boa tarde, Maria! Bem-vinda à Loja Aurora. Como posso ajudar?  "), check, HUMANS);

        assertThat(decision.action())
                .isEqualTo(new Action.Greet("Boa tarde, Maria! Bem-vinda à Loja Aurora. Como posso ajudar?"));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.LLM);
        assertThat(decision.kind()).isEqualTo(ActionKind.GREET);
    }

    @Test
    void greetsWithTheFixedGreetingWhenTheLlmsTextFailsTheCheck() {
        Decision decision = policy.decide(tenant, conversation, new Greeting("Olá {customerName}!"), check, HUMANS);

        assertThat(decision.action()).isEqualTo(new Action.Greet(
                "Boa tarde! Bem-vindo(a) ao atendimento Loja Aurora. Recebemos sua mensagem e já vamos te ajudar."));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.FALLBACK);
        assertThat(decision.reason()).contains("unrendered template variable");
    }

    @Test
    void handsOffInsteadOfAGreetingThatLeaksASecret() {
        Decision decision = policy.decide(tenant, conversation, new Greeting("Olá! token: segredo-do-token"), check,
                HUMANS);

        assertThat(decision.action()).isEqualTo(new Action.Handoff(FixedTexts.HANDOFF, Fixtures.CARLOS,
                "output-guard:secret: a configured secret (greeting)"));
        assertThat(decision.reason()).startsWith("output-guard:secret").doesNotContain("segredo");
    }

    @Test
    void greetsWithTheFixedGreetingWhenTheAnswerIsMissingOrInvalid() {
        assertThat(policy.decide(tenant, conversation, null, check, HUMANS).basis()).isEqualTo(Decision.Basis.FALLBACK);
        assertThat(policy.decide(tenant, conversation, new Greeting(" "), check, HUMANS).reason())
                .contains("invalid greeting");
    }

    @Test
    void greetsWithTheFixedGreetingOfThePeriodWhenTheLlmIsUnavailable() {
        GreetingPolicy morning = new GreetingPolicy(Fixtures.clockAt(9, 0));

        Decision decision = morning.withoutLlm(tenant);

        assertThat(decision.action().outgoingText()).get().asString().startsWith("Bom dia! ");
        assertThat(decision.reason()).contains("LLM unavailable");
    }

    @Test
    void handsOffBeforeAnyLlmCallWhenTheFirstWordsAskForAHuman() {
        Conversation asking = Fixtures.conversation().owner(null).customer("quero falar com um atendente", 1).build();

        assertThat(policy.beforeLlm(tenant, asking, List.of(Fixtures.ANA))).get()
                .satisfies(decision -> {
                    assertThat(decision.action()).isInstanceOf(Action.Handoff.class);
                    assertThat(((Action.Handoff) decision.action()).attendantId()).isEqualTo(Fixtures.ANA);
                    assertThat(decision.basis()).isEqualTo(Decision.Basis.RULE);
                });
        assertThat(policy.beforeLlm(tenant, conversation, List.of())).isEmpty();
    }

    @Test
    void onlyStartsTheConversationWhenTheOpeningMessagesAlreadyAskSomething() {
        Conversation asking = Fixtures.conversation().owner(null).customer("oi", 2).customer("tudo bem?", 2)
            .customer("tem o tênis Aurora Run no 42?", 1).build();

        assertThat(policy.beforeLlm(tenant, asking, List.of())).get().satisfies(decision -> {
            assertThat(decision.action()).isInstanceOf(Action.Start.class);
            assertThat(decision.kind()).isEqualTo(ActionKind.START);
            assertThat(decision.action().outgoingText()).isEmpty();
            assertThat(decision.basis()).isEqualTo(Decision.Basis.RULE);
        });
    }

    @Test
    void greetsOpeningMessagesThatOnlyGreet() {
        Conversation greeting = Fixtures.conversation().owner(null).customer("Olá, boa tarde!", 2)
            .customer("tudo bem? 😀", 1).build();

        assertThat(policy.beforeLlm(tenant, greeting, List.of())).isEmpty();
    }

    @Test
    void asksTempBoxForHumansOnlyWhenHandingOffWithoutConfiguredAttendants() {
        AtomicInteger asked = new AtomicInteger();
        Conversation asking = Fixtures.conversation().owner(null).customer("quero falar com um humano", 1).build();

        policy.beforeLlm(tenant, conversation, () -> List.of(String.valueOf(asked.incrementAndGet())));
        Decision configured = policy.beforeLlm(Fixtures.tenant(List.of(Fixtures.CARLOS)), asking,
                () -> List.of(String.valueOf(asked.incrementAndGet()))).orElseThrow();
        Decision listed = policy.beforeLlm(tenant, asking, () -> {
            asked.incrementAndGet();
            return List.of(Fixtures.ANA);
        }).orElseThrow();

        assertThat(((Action.Handoff) configured.action()).attendantId()).isEqualTo(Fixtures.CARLOS);
        assertThat(((Action.Handoff) listed.action()).attendantId()).isEqualTo(Fixtures.ANA);
        assertThat(asked).hasValue(1);
    }

    @Test
    void greetsWithTheTenantsFixedGreetingWhenItHasOne() {
        TenantProfile own = new TenantProfile("loja-aurora", "Loja Aurora", Fixtures.BOT, "", Fixtures.hours(),
                List.of(), Channels.defaults(), false, "Oi! Aqui é a Aurora, já vamos te atender.");

        assertThat(policy.withoutLlm(own).action()).isEqualTo(new Action.Greet("Oi! Aqui é a Aurora, já vamos te atender."));
        assertThat(policy.decide(own, conversation, null, check, HUMANS).action().outgoingText())
                .hasValue("Oi! Aqui é a Aurora, já vamos te atender.");
    }
}
