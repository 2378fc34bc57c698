package com.respondo.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.FakeJobsConfiguration;

/**
 * Outside the sandbox, start-up without ADMIN_PASSWORD, or with the sandbox's public password, stops with one message
 * saying what to set; the sandbox logs in with its documented password unless one is set, and says where the dashboard
 * is once ready, never printing a password the operator set.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminPasswordStartupIntegrationTests {

    @Test
    void withoutAnAdminPasswordTheProductionProfileStopsWithOneClearMessage(CapturedOutput output) {
        assertThatException().isThrownBy(() -> startProduction(""))
            .satisfies(failure -> assertThat(failure).hasRootCauseInstanceOf(AdminPasswordMissingException.class));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "no password is set",
                "Set ADMIN_PASSWORD (or respondo.admin.password)")
            .doesNotContain("\tat com.respondo", "\tat org.springframework", "prod-token-0123456789",
                    "sk-test-prod-0123456789");
    }

    @Test
    void theProductionProfileRefusesTheSandboxsPublicPassword(CapturedOutput output) {
        assertThatException().isThrownBy(() -> startProduction(AdminPassword.SANDBOX_DEFAULT))
            .satisfies(failure -> assertThat(failure).hasRootCauseInstanceOf(AdminPasswordPublicException.class));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "only the sandbox profile accepts it")
            .doesNotContain("\tat com.respondo", "\tat org.springframework");
    }

    @Test
    void theSandboxAcceptsItsDocumentedPasswordAndSaysWhereTheDashboardIs(CapturedOutput output) {
        try (ConfigurableApplicationContext sandbox = startSandbox()) {
            int port = sandbox.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            AdminClients.admin(port, "respondo-sandbox").get().uri("/admin/jobs").exchange()
                .expectStatus().isOk();
            AdminClients.admin(port, "another-password").get().uri("/admin/jobs").exchange()
                .expectStatus().isUnauthorized();
            assertThat(output.getAll()).contains("Respondo is ready: dashboard at http://127.0.0.1:" + port
                    + "/admin, user 'admin', password 'respondo-sandbox'");
        }
    }

    @Test
    void aPasswordTheOperatorSetIsNeverPrintedInTheStartUpLine(CapturedOutput output) {
        String chosen = "operator-chosen-Secret-42";
        try (ConfigurableApplicationContext sandbox = startSandbox("--respondo.admin.password=" + chosen)) {
            int port = sandbox.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            AdminClients.admin(port, chosen).get().uri("/admin/jobs").exchange().expectStatus().isOk();
            AdminClients.admin(port, "respondo-sandbox").get().uri("/admin/jobs").exchange()
                .expectStatus().isUnauthorized();
            assertThat(output.getAll()).contains("Respondo is ready: dashboard at http://127.0.0.1:" + port
                    + "/admin, user 'admin', the password of ADMIN_PASSWORD")
                .doesNotContain(chosen);
        }
    }

    /** The sandbox profile (the default) on a free port, the tests' in-memory database. */
    private static ConfigurableApplicationContext startSandbox(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(RespondoApplication.class, FakeJobsConfiguration.class)
            .run(all.toArray(String[]::new));
    }

    /**
     * Starts the production profile (no web server, a TempBox and LLM that are never called) with this admin
     * password; start-up is expected to fail.
     */
    static void startProduction(String adminPassword) {
        new SpringApplicationBuilder(RespondoApplication.class, FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .profiles("prod")
            .run("--respondo.admin.password=" + adminPassword, "--respondo.tempbox.base-url=http://127.0.0.1:9",
                    "--respondo.tempbox.tenants[0].id=default",
                    "--respondo.tempbox.tenants[0].token=prod-token-0123456789",
                    "--respondo.tempbox.tenants[0].empresa=99c80439-b977-4002-ba4f-7345acc07f6b",
                    "--respondo.tempbox.tenants[0].atendente=c4d4fa28-93a3-4f0d-9db0-579c8499c5c0",
                    "--spring.ai.openai.api-key=sk-test-prod-0123456789",
                    "--spring.ai.openai.base-url=http://127.0.0.1:9/v1")
            .close();
    }
}
