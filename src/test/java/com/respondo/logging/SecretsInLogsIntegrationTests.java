package com.respondo.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import com.respondo.datacollection.policy.CollectedData;
import com.respondo.llm.Llm;
import com.respondo.llm.LlmException;
import com.respondo.llm.LlmRequest;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SandboxFaults.ErrorStyle;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.tempbox.ConsultarRequest;
import com.respondo.tempbox.ConversationMessage;
import com.respondo.tempbox.LatestMessage;
import com.respondo.tempbox.ListarMensagensAtendimentoRequest;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.RespondoIntegrationTest;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * A run against the sandbox with TempBox and LLM faults, our and WebClient's loggers at DEBUG, and a careless step that logs every
 * customer message, every conversation, every failure with its stack trace and even the settings: the captured
 * output holds no TempBox token, no LLM key, no admin password and no CPF, e-mail or phone of the seeded customers.
 */
@RespondoIntegrationTest
@TestPropertySource(locations = "classpath:secrets-test.properties")
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsIntegrationTests {

    private static final Logger careless = LoggerFactory.getLogger("com.respondo.replies.CarelessStep");

    private static final List<String> DEBUG_LOGGERS = List.of("com.respondo",
            "org.springframework.web.reactive.function.client");

    private static final List<String> SECRETS = List.of(RespondoIntegrationTest.ADMIN_PASSWORD,
            "sandbox-loja-aurora", "sandbox-clinica-sorriso", "sk-test-Respondo-0123456789-SECRET");

    @Autowired
    Sandbox sandbox;

    @Autowired
    SandboxLlmControls model;

    @Autowired
    TempBoxClient client;

    @Autowired
    Tenants tenants;

    @Autowired
    Llm llm;

    @Autowired
    Environment environment;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void debug() {
        // Set here rather than in properties: another application started in this JVM resets Logback's levels.
        DEBUG_LOGGERS.forEach(name -> this.logging.setLogLevel(name, LogLevel.DEBUG));
    }

    @AfterEach
    void healthy() {
        DEBUG_LOGGERS.forEach(name -> this.logging.setLogLevel(name, null));
        this.sandbox.faults(SandboxFaults.none());
        this.model.reset();
        this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void aRunWithFaultsLeavesNoSecretAndNoCustomerPiiInTheLogs(CapturedOutput output) throws IOException {
        this.sandbox.reset();
        Tenant first = this.tenants.all().get(0);
        // A list that fails for sure, logged with the tenant (and so its token) ...
        this.sandbox.faults(SandboxFaults.none().withMalformedRate(1.0).onlyFor("ListarMensagensEmAberto"));
        readEverythingCarelessly(first);
        // ... then lists that succeed, so conversations and customer text are read, through failing reads and LLM.
        this.sandbox.faults(SandboxFaults.none()
            .withErrorRate(0.2, ErrorStyle.MIXED)
            .withMalformedRate(0.3)
            .onlyFor("Consultar", "ListarMensagensAtendimento"));
        this.model.apply(this.model.settings().withErrorRate(0.3).withMalformedRate(0.2));

        for (Tenant tenant : this.tenants.all()) {
            readEverythingCarelessly(tenant);
        }
        careless.debug("Settings in use: key {}, admin password {}, tokens {}",
                this.environment.getProperty("spring.ai.openai.api-key"),
                this.environment.getProperty("respondo.admin.password"),
                this.tenants.all().stream().map(Tenant::token).toList());

        String logs = output.getAll();
        assertThat(logs).contains("Could not read the open conversations of Tenant[id=" + first.id(),
                "Customer wrote:", "[EMAIL]", "[TELEFONE]", "[CPF]", "token=***",
                "TempBoxResponseException", "Settings in use: key ***");
        assertThat(SECRETS).allSatisfy(secret -> assertThat(logs).doesNotContain(secret));
        assertThat(seededCustomerPii()).hasSizeGreaterThan(20)
            .allSatisfy(pii -> assertThat(logs).doesNotContain(pii));
    }

    private void readEverythingCarelessly(Tenant tenant) {
        List<LatestMessage> open;
        try {
            open = this.client.listarMensagensEmAberto(tenant,
                    new ListarMensagensEmAbertoRequest(tenant.empresa(), 1, 100));
        }
        catch (TempBoxException ex) {
            careless.warn("Could not read the open conversations of {}", tenant, ex);
            return;
        }
        for (LatestMessage latest : open) {
            careless.info("Customer wrote: {} ({})", latest.mensagem(), latest);
            readConversation(tenant, latest);
        }
    }

    private void readConversation(Tenant tenant, LatestMessage latest) {
        List<String> texts = new ArrayList<>();
        try {
            careless.info("Conversation: {}", this.client.consultar(tenant, new ConsultarRequest(latest.atendimentoHash())));
            for (ConversationMessage message : this.client.listarMensagensAtendimento(tenant,
                    new ListarMensagensAtendimentoRequest(latest.atendimento(), tenant.empresa()))) {
                careless.info("Customer wrote: {}", message.mensagem());
                texts.add(String.valueOf(message.mensagem()));
            }
        }
        catch (TempBoxException ex) {
            careless.warn("Could not read conversation {}: {}", latest.atendimento(), ex.getMessage(), ex);
        }
        try {
            careless.info("Collected: {}", this.llm.ask(new LlmRequest("data-collection", tenant.id(),
                    "data-collection", latest.atendimento(), Map.of("company", tenant.name(), "customerMessages",
                            String.join("\n", texts))), CollectedData.class).value());
        }
        catch (LlmException ex) {
            careless.warn("Could not collect data of {}: {}", latest.atendimento(), ex.getMessage(), ex);
        }
    }

    /** Every e-mail address, phone number and CPF written in the sandbox's seed. */
    private static Set<String> seededCustomerPii() throws IOException {
        String seed;
        try (InputStream in = SecretsInLogsIntegrationTests.class.getResourceAsStream("/sandbox/seed.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> pii = new TreeSet<>();
        Matcher matcher = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\(\\d{2}\\) ?\\d{4,5}-\\d{4}"
                + "|\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}").matcher(seed);
        while (matcher.find()) {
            pii.add(matcher.group());
        }
        return pii;
    }
}
