package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.respondo.replies.Fixtures;

/** Issue 16, item 1: the data a hand-off's note lists, found in the customer's own messages. */
class CustomerFactsTests {

    @Test
    void findsValidDocumentsEmailsPhonesAndOrderNumbersInTheCustomersMessagesOnly() {
        CustomerFacts facts = CustomerFacts.of(Fixtures.conversation()
            .customer("meu CPF 52998224725 e o CNPJ da empresa 11.222.333/0001-81", 5)
            .bot("Obrigado! Seu protocolo é 99999 e nosso telefone (41) 3333-4444", 4)
            .customer("Email: Maria@Exemplo.com, whats (41) 99876-5432, protocolo nº 2024-7781", 3)
            .customer("o pedido #48213 e o cpf 111.111.111-11 de novo: 529.982.247-25", 2)
            .build().messages());

        assertThat(facts.cpfs()).containsExactly("529.982.247-25");
        assertThat(facts.cnpjs()).containsExactly("11.222.333/0001-81");
        assertThat(facts.emails()).containsExactly("maria@exemplo.com");
        assertThat(facts.phones()).containsExactly("(41) 99876-5432");
        assertThat(facts.references()).containsExactly("protocolo 2024-7781", "pedido 48213");
    }

    @Test
    void saysNoneWhenTheCustomerGaveNothing() {
        CustomerFacts facts = CustomerFacts.of(Fixtures.conversation().customer("oi, tudo bem?", 1).build().messages());

        assertThat(facts.isEmpty()).isTrue();
        assertThat(facts.describe()).isEqualTo("nenhum");
    }
}
