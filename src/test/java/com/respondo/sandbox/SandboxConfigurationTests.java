package com.respondo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The sandbox exists only in the {@code sandbox} profile and refuses invalid settings at start-up. */
class SandboxConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(SandboxConfiguration.class);

    @Test
    void isServedInTheSandboxProfileWithTheGeneratorOffByDefault() {
        runner.withPropertyValues("spring.profiles.active=sandbox").run(context -> {
            assertThat(context).hasSingleBean(Sandbox.class);
            assertThat(context.getBean(SandboxProperties.class).generator().enabled()).isFalse();
            assertThat(context.getBean(Sandbox.class).companies()).extracting(SandboxCompany::id)
                .containsExactly("loja-aurora", "clinica-sorriso");
        });
    }

    @Test
    void isAbsentInOtherProfiles() {
        runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(Sandbox.class);
        });
    }

    @Test
    void readsFaultDurationsInSpringsFormAndInIso8601() {
        runner.withPropertyValues("spring.profiles.active=sandbox", "respondo.sandbox.faults.latency=300ms",
                "respondo.sandbox.faults.jitter=PT0.3S").run(context -> {
                    SandboxFaults faults = context.getBean(SandboxProperties.class).faults();
                    assertThat(faults.latency()).isEqualTo(Duration.ofMillis(300));
                    assertThat(faults.jitter()).isEqualTo(Duration.ofMillis(300));
                });
    }

    @Test
    void refusesAnInvalidFaultRateNamingTheProperty() {
        runner.withPropertyValues("spring.profiles.active=sandbox", "respondo.sandbox.faults.error-rate=1.5")
            .run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("error-rate"));
    }

    @Test
    void refusesAGeneratorRateOfZero() {
        runner.withPropertyValues("spring.profiles.active=sandbox", "respondo.sandbox.generator.messages-per-minute=0")
            .run(context -> assertThat(context).hasFailed().getFailure()
                .hasStackTraceContaining("respondo.sandbox.generator.messagesPerMinute"));
    }
}
