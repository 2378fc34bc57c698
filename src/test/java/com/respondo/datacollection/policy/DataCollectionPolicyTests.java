package com.respondo.datacollection.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.testsupport.TestZones;
import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.datacollection.Sentiment;
import com.respondo.datacollection.Urgency;

import tools.jackson.databind.json.JsonMapper;

class DataCollectionPolicyTests {

    private static final Instant NOW = Instant.parse("2024-11-29T17:05:00Z");
    private static final String BOT = "bot";

    private final DataCollectionPolicy policy = new DataCollectionPolicy(ReplySettings.defaults());
    private final TenantProfile tenant = new TenantProfile("loja-aurora", "Loja Aurora", BOT, "",
            BusinessHours.weekdays(TestZones.SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0)),
            List.of(), Channels.defaults());
    private final List<Message> sources = List.of(
            customer("m1", "Oi, sou a Maria Souza, quero trocar um vestido que veio com defeito!!"),
            customer("m2", "meu cpf é 529.982.247-25 e o e-mail Maria.Souza@Exemplo.com"),
            customer("m3", "tel (11) 98765-4321, CEP 01310-100. A empresa é 11.222.333/0001-81"));

    private static Message customer(String id, String text) {
        return Message.fromCustomer(id, "Maria", text, NOW);
    }

    private static CollectedData data(String name, String email, String phone, String document, String cep) {
        return new CollectedData(name, email, phone, document, cep, "trocar vestido com defeito", "Alta",
                "negativo", "Cliente quer trocar um vestido com defeito.");
    }

    @Test
    void validatesAndNormalisesEveryField() {
        CustomerData customer = policy.toCustomerData(
                data(" Maria Souza ", " Maria.Souza@Exemplo.com ", "(11) 98765-4321", "529.982.247-25", "01310-100"),
                sources).orElseThrow();

        assertThat(customer).isEqualTo(new CustomerData("Maria Souza", "maria.souza@exemplo.com", "+5511987654321",
                "52998224725", null, "01310100", "trocar vestido com defeito", Urgency.ALTA, Sentiment.NEGATIVO,
                "Cliente quer trocar um vestido com defeito.", List.of("m1", "m2", "m3")));
    }

    @Test
    void keepsACnpjAsCnpj() {
        CustomerData customer = policy.toCustomerData(data(null, null, null, "11222333000181", null), sources)
                .orElseThrow();

        assertThat(customer.cnpj()).isEqualTo("11222333000181");
        assertThat(customer.cpf()).isNull();
    }

    @Test
    void dropsDocumentsWithInvalidCheckDigits() {
        List<Message> invalid = List.of(customer("m1", "cpf 529.982.247-24, cnpj 11.222.333/0001-80"));

        assertThat(policy.toCustomerData(data(null, null, null, "52998224724", null), invalid).orElseThrow().cpf())
                .isNull();
        assertThat(policy.toCustomerData(data(null, null, null, "11222333000180", null), invalid).orElseThrow()
                .cnpj()).isNull();
    }

    @Test
    void dropsValuesTheCustomerNeverWrote() {
        CustomerData customer = policy.toCustomerData(
                data("Maria", "outra@exemplo.com", "(21) 99999-0000", "11144477735", "20040-002"), sources)
                .orElseThrow();

        assertThat(customer.email()).isNull();
        assertThat(customer.phone()).isNull();
        assertThat(customer.cpf()).isNull();
        assertThat(customer.cep()).isNull();
        assertThat(customer.name()).isEqualTo("Maria");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(11) 98765-4321|+5511987654321",
        "11987654321|+5511987654321",
        "+55 11 98765-4321|+5511987654321",
        "5511987654321|+5511987654321",
        "0 11 98765-4321|+5511987654321",
        "0 21 11 98765 4321|+5511987654321",
        "(11) 3333-4444|+551133334444",
        "+1 (415) 555-0100|+14155550100",
    })
    void normalisesPhonesToE164(String raw, String normalised) {
        assertThat(ExtractedValueNormaliser.phone(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"98765-4321", "(00) 98765-4321", "11 8765-43210", "123", "telefone",
        "(11) 0333-4444"})
    void refusesPhonesThatAreNotBrazilianOrInternational(String raw) {
        assertThat(ExtractedValueNormaliser.phone(raw)).isNull();
    }

    @Test
    void refusesMalformedEmailsAndCeps() {
        List<Message> said = List.of(customer("m1", "email maria@ sem domínio, maria@exemplo, cep 1234-567 00000-000"));

        CustomerData customer = policy.toCustomerData(new CollectedData("Maria", "maria@exemplo", null, null,
                "1234567", null, null, null, null), said).orElseThrow();

        assertThat(customer.email()).isNull();
        assertThat(customer.cep()).isNull();
        assertThat(ExtractedValueNormaliser.cep("00000-000")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"baixa|BAIXA", "Média|MEDIA", "MEDIA|MEDIA", "médio|MEDIA", "ALTA|ALTA",
        "alto|ALTA"})
    void readsUrgencyLeniently(String raw, Urgency urgency) {
        assertThat(ExtractedValueNormaliser.urgency(raw)).isEqualTo(urgency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"positivo|POSITIVO", "Neutro|NEUTRO", "NEGATIVA|NEGATIVO"})
    void readsSentimentLeniently(String raw, Sentiment sentiment) {
        assertThat(ExtractedValueNormaliser.sentiment(raw)).isEqualTo(sentiment);
    }

    @Test
    void unknownEnumsBecomeAbsent() {
        assertThat(ExtractedValueNormaliser.urgency("urgentíssimo")).isNull();
        assertThat(ExtractedValueNormaliser.sentiment("")).isNull();
        assertThat(ExtractedValueNormaliser.sentiment(null)).isNull();
    }

    @Test
    void boundsTheSummaryTo500CharactersAndDropsAnAbsurdName() {
        CustomerData customer = policy.toCustomerData(new CollectedData("x".repeat(500), null, null, null, null,
                "i".repeat(1000), null, null, "resumo\n" + "s".repeat(5000)), sources).orElseThrow();

        assertThat(customer.summary()).hasSize(500).doesNotContain("\n");
        assertThat(customer.intent()).hasSize(200);
        assertThat(customer.name()).isNull();
    }

    @Test
    void nothingValidMeansNothingToStore() {
        assertThat(policy.toCustomerData(new CollectedData(null, null, null, null, null, null, null, null, " "),
                sources)).isEmpty();
        assertThat(policy.toCustomerData(null, sources)).isEmpty();
        assertThat(policy.toCustomerData(data("Maria", null, null, null, null), List.of())).isEmpty();
    }

    @Test
    void uncollectedAreTheCustomerMessagesNotYetCollected() {
        Conversation conversation = new Conversation("loja-aurora", "at-1", "h", BOT, false, 1, "Maria", List.of(
                customer("M1", "oi"),
                Message.fromAttendant("m2", BOT, "Bot", "Olá!", NOW.plusSeconds(1)),
                Message.fromCustomer("m3", "Maria", "meu cpf", NOW.plusSeconds(2))));

        assertThat(policy.uncollected(conversation, Set.of("m1"))).extracting(Message::id).containsExactly("m3");
    }

    @Test
    void promptVariablesAreTheCompanyAndTheCustomerMessages() {
        Map<String, Object> variables = policy.promptVariables(tenant, sources.subList(0, 2));

        assertThat(variables).containsExactly(
                Map.entry("company", "Loja Aurora"),
                Map.entry("customerMessages", "Oi, sou a Maria Souza, quero trocar um vestido que veio com defeito!!\n"
                        + "meu cpf é 529.982.247-25 e o e-mail Maria.Souza@Exemplo.com"));
        assertThat(policy.promptVariables(tenant, List.of())).containsEntry("customerMessages", "(nenhuma mensagem)");
    }

    @Test
    void promptMasksPiiWhenTheTenantAsksForIt() {
        TenantProfile masking = new TenantProfile("loja-aurora", "Loja Aurora", BOT, "", tenant.businessHours(),
                List.of(), Channels.defaults(), true);

        assertThat(policy.promptVariables(masking, sources.subList(1, 2)))
                .containsEntry("customerMessages", "meu cpf é [CPF] e o e-mail [EMAIL]");
    }

    @Test
    void collectedDataReadsTheDesignsPropertyNames() {
        CollectedData data = JsonMapper.builder().build().readValue("""
                {"name":"Maria","email":"m@x.com","phone":"11987654321","document":"52998224725","cep":"01310100",
                 "intent":"troca","urgency":"ALTA","sentiment":"NEGATIVO","summary":"quer trocar"}""",
                CollectedData.class);

        assertThat(data).isEqualTo(new CollectedData("Maria", "m@x.com", "11987654321", "52998224725", "01310100",
                "troca", "ALTA", "NEGATIVO", "quer trocar"));
    }

    @Test
    void hostileMessagesAndAnswersDoNotCrash() {
        String huge = "1".repeat(1 << 20);
        List<Message> hostile = List.of(customer("m1", huge), customer("m2", "'; DROP TABLE clientes; --"),
                customer("m3", "<script>alert(1)</script> \u202E\u200B😊 مرحبا"));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            policy.promptVariables(tenant, hostile);
            policy.toCustomerData(new CollectedData(huge, huge, huge, huge, huge, huge, huge, huge, huge), hostile);
            policy.toCustomerData(new CollectedData("<b>Maria</b>", "'; DROP TABLE--@x.com", "+55 ☎", "abc", "😊",
                    "\u202E", "ALTA; DROP", "😊", "\u0000"), hostile);
        });
    }
}
