package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkHostsTests {

    private final LinkHosts own = LinkHosts.foundIn(List.of("Somos a Loja Aurora: https://www.lojaaurora.com.br",
            "Trocas em lojaaurora.com.br/trocas ou pelo WhatsApp wa.me/5511987654321"));

    @Test
    void findsHostsWithOrWithoutAScheme() {
        assertThat(LinkHosts.in("Veja https://Promo.Example.com/x?a=1, www.outra.com.br e golpe.xyz/pix."))
                .containsExactly("promo.example.com", "outra.com.br", "golpe.xyz");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Acesse https://lojaaurora.com.br/trocas", "Veja www.lojaaurora.com.br",
        "Rastreie em https://rastreio.lojaaurora.com.br/123", "Fale pelo wa.me/5511987654321" })
    void allowsTheTenantsOwnHostsAndTheirSubdomains(String text) {
        assertThat(own.unlistedIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Pague em https://lojaaurora-pagamentos.com/pix", "Acesse lojaaurora.com.br.golpe.ru",
        "Clique: bit.ly/3xYz", "Entre em golpe[.]com/premio", "Entre em golpe(dot)com", "http://192.168.0.1/login" })
    void refusesEveryOtherHost(String text) {
        assertThat(own.unlistedIn(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Escreva para contato@outra.com.br", "Custa R$ 1.299,90.", "Obrigado. Com certeza!",
        "Sr. João, o item 2.3 do contrato", "Abrimos às 8.30h", "Seu pedido chega amanhã.Obrigado!" })
    void takesNoOrdinaryTextForALink(String text) {
        assertThat(own.unlistedIn(text)).isEmpty();
    }

    @Test
    void configuredHostsReplaceTheTenantsOwn() {
        LinkHosts configured = LinkHosts.allowing(List.of("www.parceiro.com"));

        assertThat(configured.unlistedIn("https://parceiro.com/oferta")).isEmpty();
        assertThat(configured.unlistedIn("https://lojaaurora.com.br")).contains("lojaaurora.com.br");
        assertThat(LinkHosts.allowing(List.of()).unlistedIn("https://lojaaurora.com.br")).isPresent();
    }
}
