package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import com.respondo.testsupport.TempBoxFake;
import com.respondo.testsupport.TestZones;

import tools.jackson.databind.json.JsonMapper;

/**
 * The TempBox settings: defaults, the tenants, and a missing or invalid setting stopping start-up with one message
 * that names the property (and its environment variable) without ever showing a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class TempBoxSettingsTests {

    private static final String TOKEN = "tbx-SeCrEt-7Q2vK9wZ";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(TempBoxConfiguration.class)
        .withPropertyValues("respondo.tempbox.base-url=https://api.tempbox.com.br",
                "respondo.tempbox.tenants[0].id=loja-aurora", "respondo.tempbox.tenants[0].name=Loja Aurora",
                "respondo.tempbox.tenants[0].empresa=" + TempBoxFake.EMPRESA,
                "respondo.tempbox.tenants[0].token=" + TOKEN,
                "respondo.tempbox.tenants[0].atendente=" + TempBoxFake.BOT);

    @Test
    void validSettingsGiveTheTenantsAndTheDefaults() {
        this.runner.withPropertyValues("respondo.tempbox.tenants[1].id=mercado-sol",
                "respondo.tempbox.tenants[1].empresa=8F14E45F-CEEA-4E7A-9B1C-2D3E4F5A6B7C",
                "respondo.tempbox.tenants[1].token=other-token",
                "respondo.tempbox.tenants[1].atendente=5A7B9C1D-3E5F-4A6B-8C9D-0E1F2A3B4C5D").run(context -> {
                    TempBoxProperties properties = context.getBean(TempBoxProperties.class);
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(properties.waitMargin()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.zone()).isEqualTo(TestZones.SAO_PAULO);
                    Tenants tenants = context.getBean(Tenants.class);
                    assertThat(tenants.ids()).containsExactly("loja-aurora", "mercado-sol");
                    assertThat(tenants.get("loja-aurora").token()).isEqualTo(TOKEN);
                    assertThat(tenants.get("mercado-sol").name()).isEqualTo("mercado-sol");
                    assertThat(tenants.find("nenhum")).isEmpty();
                    assertThat(properties.toString()).contains("loja-aurora", "token=***").doesNotContain(TOKEN);
                    assertThat(context).hasSingleBean(TempBoxClient.class);
                });
    }

    @Test
    void aMissingBaseUrlIsNamedWithItsEnvironmentVariable() {
        new ApplicationContextRunner().withUserConfiguration(TempBoxConfiguration.class)
            .withPropertyValues("respondo.tempbox.tenants[0].id=default",
                    "respondo.tempbox.tenants[0].empresa=" + TempBoxFake.EMPRESA,
                    "respondo.tempbox.tenants[0].token=" + TOKEN,
                    "respondo.tempbox.tenants[0].atendente=" + TempBoxFake.BOT)
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.base-url (environment variable TEMPBOX_BASE_URL): missing"));
    }

    @Test
    void aRelativeBaseUrlIsRejected() {
        this.runner.withPropertyValues("respondo.tempbox.base-url=localhost:8080")
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.base-url (environment variable TEMPBOX_BASE_URL): "
                        + "must be an absolute http(s) URL"));
    }

    @Test
    void anInvalidEmpresaIsNamedWithoutShowingTheToken() {
        this.runner.withPropertyValues("respondo.tempbox.tenants[0].empresa=12345").run(context -> {
            FailureAnalysis analysis = analysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains(
                    "respondo.tempbox.tenants[0].empresa (environment variable TEMPBOX_EMPRESA): must be a GUID "
                            + "(value \"12345\")");
            assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(TOKEN);
            assertThat(stackTrace(context.getStartupFailure())).doesNotContain(TOKEN);
        });
    }

    @Test
    void aBlankTokenIsNamedWithItsEnvironmentVariable() {
        this.runner.withPropertyValues("respondo.tempbox.tenants[0].token= ")
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.tenants[0].token (environment variable TEMPBOX_TOKEN): missing"));
    }

    @Test
    void noTenantIsRejected() {
        new ApplicationContextRunner().withUserConfiguration(TempBoxConfiguration.class)
            .withPropertyValues("respondo.tempbox.base-url=https://api.tempbox.com.br")
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.tenants: must not be empty"));
    }

    @Test
    void duplicateTenantIdsAreRejected() {
        this.runner.withPropertyValues("respondo.tempbox.tenants[1].id=loja-aurora",
                "respondo.tempbox.tenants[1].empresa=" + TempBoxFake.EMPRESA,
                "respondo.tempbox.tenants[1].token=other-token",
                "respondo.tempbox.tenants[1].atendente=" + TempBoxFake.BOT)
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.tenants: tenant ids must be distinct"));
    }

    @Test
    void aTenantIdThatIsNotASlugIsNamed() {
        this.runner.withPropertyValues("respondo.tempbox.tenants[0].id=Loja Aurora")
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.tenants[0].id (environment variable TEMPBOX_TENANT_ID): must be a short "
                        + "slug"));
    }

    @Test
    void anUnreadableTimeoutIsNamed() {
        this.runner.withPropertyValues("respondo.tempbox.read-timeout=dez segundos")
            .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                .contains("respondo.tempbox.read-timeout: cannot be read as Duration (value \"dez segundos\")"));
    }

    @Test
    void theProdProfileWithoutSettingsStopsWithOneMessageAndNoStackTrace(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> startProd("--TEMPBOX_TOKEN=" + TOKEN).close());

        assertThat(failure).isNotNull();
        String log = output.getAll();
        assertThat(log).contains("APPLICATION FAILED TO START", "The TempBox settings are missing or invalid",
                "respondo.tempbox.base-url (environment variable TEMPBOX_BASE_URL): missing",
                "respondo.tempbox.tenants[0].empresa (environment variable TEMPBOX_EMPRESA): missing (must be a GUID)",
                "respondo.tempbox.tenants[0].atendente (environment variable TEMPBOX_ATENDENTE): missing");
        assertThat(log).doesNotContain(TOKEN, "\tat org.springframework");
    }

    @Test
    void theProdProfileReadsTheSingleTenantFromTheEnvironment() {
        try (ConfigurableApplicationContext context = startProd("--TEMPBOX_BASE_URL=https://api.tempbox.com.br",
                "--TEMPBOX_TOKEN=" + TOKEN, "--TEMPBOX_EMPRESA=" + TempBoxFake.EMPRESA,
                "--TEMPBOX_ATENDENTE=" + TempBoxFake.BOT)) {
            Tenant tenant = context.getBean(Tenants.class).get("default");
            assertThat(tenant).isEqualTo(new Tenant("default", TempBoxFake.EMPRESA, TOKEN, TempBoxFake.BOT,
                    "TempBox"));
            assertThat(tenant.toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void theActuatorMasksTokensEvenWhenItShowsValues() {
        this.runner
            .withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
                    ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                    EnvironmentEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
                    "management.endpoint.configprops.show-values=always",
                    "management.endpoint.env.show-values=always")
            .run(context -> {
                JsonMapper json = JsonMapper.builder().build();
                String configprops = json.writeValueAsString(
                        context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
                String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
                assertThat(configprops).contains("loja-aurora", "******").doesNotContain(TOKEN);
                assertThat(env).contains("respondo.tempbox.tenants[0].token", "******").doesNotContain(TOKEN);
            });
    }

    private static ConfigurableApplicationContext startProd(String... args) {
        return new SpringApplicationBuilder(ProdSettingsConfiguration.class).web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .profiles("prod")
            .run(withLlmKey(args));
    }

    /** The prod profile also needs an LLM key (checked before any bean is built); these tests are about TempBox. */
    private static String[] withLlmKey(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.ai.openai.api-key=sk-test-tempbox-settings";
        return all;
    }

    private static FailureAnalysis analysis(Throwable failure) {
        FailureAnalysis analysis = new TempBoxSettingsFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @Import(TempBoxConfiguration.class)
    static class ProdSettingsConfiguration {
    }
}
