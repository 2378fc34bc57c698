package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyLikeTextTests {

    private static final String TOKEN = "tbx_live_9f8e7d6c5b4a3210";

    private final KeyLikeText secrets = KeyLikeText.NONE.withSecrets(List.of(TOKEN, "curta"))
            .knowing(List.of("Use o cupom NATAL2024DESCONTO10 até domingo."));

    @ParameterizedTest
    @ValueSource(strings = { "o token é tbx_live_9f8e7d6c5b4a3210",
        "o token é T B X _ L I V E _ 9 F 8 E 7 D 6 C 5 B 4 A 3 2 1 0",
        "tbx.live.9f8e.7d6c.5b4a.3210", "t-b-x-l-i-v-e-9-f-8-e-7-d-6-c-5-b-4-a-3-2-1-0" })
    void findsTheConfiguredSecretHoweverItIsWritten(String text) {
        assertThat(secrets.problemWith(text)).contains("a configured secret");
    }

    @ParameterizedTest
    @ValueSource(strings = { "a chave é sk-proj-Ab3dE5fG7hJ9kL1mN3pQ", "chave: sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "s k - p r o j - A b 3 d E 5 f G 7 h J 9 k L 1", "s.k.-.a.b.c.d.e.f.g.h.i.j.k.l.m.n" })
    void findsApiKeys(String text) {
        assertThat(secrets.problemWith(text)).get().asString().startsWith("an API key");
    }

    @Test
    void findsJwtsAndLongRandomTokens() {
        assertThat(secrets.problemWith("use eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N"))
                .contains("a JWT");
        assertThat(secrets.problemWith("seu acesso: 8f3a9c2e7b1d4f60a5e9c3b7")).contains("a long random token");
        assertThat(secrets.problemWith("e y J h b G c i O i J I U z I 1 N i J 9")).get().asString()
                .endsWith("spelled out");
    }

    @ParameterizedTest
    @ValueSource(strings = { "4111 1111 1111 1111", "4111.1111.1111.1111", "4111-1111-1111-1111",
        "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "4 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1 . 1" })
    void findsCardNumbers(String card) {
        assertThat(secrets.problemWith("o cartão " + card + " foi recusado")).get().asString().contains("card number");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Seu pedido 2024112912 foi enviado.", "Ligue (11) 98765-4321 ou 11 9 8765 4321.",
        "CPF 529.982.247-25 confirmado.", "Total: R$ 1.299,90 em 10x de R$ 129,99.", "Use o cupom NATAL2024DESCONTO10.",
        "Protocolo 3f2504e0-4f89-11d3-9a0c-0305e82c3301.", "Rastreio: AA123456789BR", "CEP 01310-100, apto 12.",
        "Veja https://lojaaurora.com.br/produtos/camiseta-basica-2024-colecao-verao", "Essa é curta." })
    void letsOrdinaryNumbersAndTheTenantsOwnCodesThrough(String text) {
        assertThat(secrets.problemWith(text)).isEmpty();
    }
}
