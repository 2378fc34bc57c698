package com.respondo.datacollection.step;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.respondo.datacollection.DataCollectionIntegrationTest;
import com.respondo.datacollection.Sentiment;
import com.respondo.datacollection.Urgency;
import com.respondo.datacollection.policy.CustomerData;
import com.respondo.datacollection.policy.LastReadMessage;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SeededConversation;
import com.respondo.tempbox.ConsultarRequest;
import com.respondo.tempbox.SalvarRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.TestZones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.datacollection.DataCollectionIntegrationTest.LOJA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a summary back to a conversation's notes on the sandbox: appended, never clobbering, never twice.
 */
@DataCollectionIntegrationTest
class ConversationNotesIntegrationTests {

    private static final CustomerData DATA = new CustomerData("Maria Souza", "maria@example.com", null, null, null,
            "01310100", "trocar produto", Urgency.MEDIA, Sentiment.NEUTRO, "Cliente quer trocar um vestido.",
            List.of("m1"));

    @Autowired
    Sandbox sandbox;

    @Autowired
    TempBoxClient tempBox;

    @Autowired
    Tenants tenants;

    private ConversationNotes notes;

    private Tenant tenant;

    private SeededConversation conversation;

    @BeforeEach
    void conversationWithNotes() {
        sandbox.reset(false);
        notes = new ConversationNotes(tempBox, TestZones.SAO_PAULO);
        tenant = tenants.get(LOJA);
        conversation = sandbox.openConversation(sandbox.company(LOJA).empresa(), "Maria", 1, Duration.ofMinutes(1),
                "Quero trocar um vestido");
    }

    @Test
    void appendsTheSummaryAfterTheExistingNotesOnceAsTheBot() {
        tempBox.salvar(tenant, SalvarRequest.builder().hash(hash()).camposAtualizados("ObservacoesAdicionais")
            .observacoesAdicionais("Cliente VIP\nPrefere WhatsApp").build());
        LastReadMessage upTo = new LastReadMessage(conversation.atendimento().toString(),
                conversation.mensagem().toString(), conversation.cadastro());
        long before = sandbox.calls("Salvar");

        assertThat(notes.append(tenant, hash(), DATA, upTo)).isEqualTo(ConversationNotes.Outcome.WRITTEN);
        assertThat(notes.append(tenant, hash(), DATA, upTo)).isEqualTo(ConversationNotes.Outcome.ALREADY_THERE);

        assertThat(sandbox.calls("Salvar")).isEqualTo(before + 1);
        assertThat(currentNotes()).isEqualTo("Cliente VIP\nPrefere WhatsApp\n" + ConversationNotes.tag(
                conversation.mensagem().toString()) + " " + local(upTo) + "] Dados coletados: Intenção: trocar produto; "
                + "Urgência: MEDIA; Sentimento: NEUTRO; Nome: Maria Souza; E-mail: maria@example.com; CEP: 01310100; "
                + "Resumo: Cliente quer trocar um vestido.");
        PostedCall salvar = sandbox.record().get(sandbox.record().size() - 1);
        assertThat(salvar.operation()).isEqualTo("Salvar");
        assertThat(salvar.detail()).isEqualTo("Salvar: ObservacoesAdicionais");
    }

    @Test
    void startsTheNotesOfAConversationWithoutAnyAndAddsALineForEachLaterCollection() {
        LastReadMessage first = new LastReadMessage(conversation.atendimento().toString(),
                conversation.mensagem().toString(), conversation.cadastro());
        SeededConversation later = sandbox.customerWrites(conversation.atendimento(), "Meu CEP é 01310-100");
        LastReadMessage second = new LastReadMessage(later.atendimento().toString(), later.mensagem().toString(),
                later.cadastro());

        notes.append(tenant, hash(), DATA, first);
        notes.append(tenant, hash(), DATA, second);

        assertThat(currentNotes().lines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).startsWith(ConversationNotes.tag(first.messageId())),
                line -> assertThat(line).startsWith(ConversationNotes.tag(second.messageId())));
    }

    private String hash() {
        return conversation.hash().toString();
    }

    private String currentNotes() {
        return tempBox.consultar(tenant, new ConsultarRequest(hash())).orElseThrow().observacoesAdicionais();
    }

    private static String local(LastReadMessage upTo) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .format(upTo.messageAt().atZone(TestZones.SAO_PAULO));
    }
}
