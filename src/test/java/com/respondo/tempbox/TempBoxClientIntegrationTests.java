package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.TempBoxFake;

/** In the full application the client bean is wired from {@code respondo.tempbox} and calls TempBox as specified. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:tempbox-client-it;DB_CLOSE_DELAY=-1")
@Import(FakeJobsConfiguration.class) // the application starts only with steps for its job files
class TempBoxClientIntegrationTests {

    private static final TempBoxFake stub = new TempBoxFake();

    @Autowired
    private TempBoxClient client;

    @Autowired
    private Tenants tenants;

    @DynamicPropertySource
    static void tempBox(DynamicPropertyRegistry registry) {
        registry.add("respondo.tempbox.base-url", stub::baseUrl);
        registry.add("respondo.tempbox.tenants[0].id", () -> "loja-aurora");
        registry.add("respondo.tempbox.tenants[0].name", () -> "Loja Aurora");
        registry.add("respondo.tempbox.tenants[0].empresa", () -> TempBoxFake.EMPRESA);
        registry.add("respondo.tempbox.tenants[0].token", () -> TempBoxFake.TOKEN);
        registry.add("respondo.tempbox.tenants[0].atendente", () -> TempBoxFake.BOT);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void theApplicationsClientReadsThePageOfOpenConversations() {
        stub.answer("ListarMensagensEmAberto", TempBoxFake.fixture("ListarMensagensEmAberto"));
        Tenant tenant = this.tenants.get("loja-aurora");

        List<LatestMessage> page = this.client.listarMensagensEmAberto(tenant,
                new ListarMensagensEmAbertoRequest(tenant.empresa(), 1, 50));

        assertThat(page).hasSize(2);
        assertThat(stub.sentJson("ListarMensagensEmAberto")).isEqualTo(TempBoxFake.parse("""
                {"Empresa":"%s","Inicio":1,"Termino":50}""".formatted(TempBoxFake.EMPRESA)));
    }
}
