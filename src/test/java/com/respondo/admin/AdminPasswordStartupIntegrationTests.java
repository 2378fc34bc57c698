package com.respondo.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.FakeJobsConfiguration;

/** Outside the sandbox, start-up without ADMIN_PASSWORD stops with one message saying what to set. */
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
