package com.respondo.replies.step;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.respondo.replies.policy.FollowUpSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code respondo.follow-ups}: the defaults, a tenant's overrides, and a bad value refused at start-up. */
class FollowUpSettingsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(Settings.class);

    @Test
    void everyTenantHasTheDefaultsUnlessItChangesThem() {
        runner.withPropertyValues("respondo.follow-ups.nudge-text=Oi! Posso ajudar?",
                "respondo.follow-ups.tenants.clinica-sorriso.enabled=false",
                "respondo.follow-ups.tenants.loja-aurora.nudge-after=30m",
                "respondo.follow-ups.tenants.loja-aurora.farewell-text=Até logo!")
            .run(context -> {
                FollowUpProperties properties = context.getBean(FollowUpProperties.class);
                assertThat(properties.tenant("padaria-sol")).isEqualTo(new FollowUpSettings(true, Duration.ofHours(2),
                        Duration.ofHours(22), "Oi! Posso ajudar?", FollowUpSettings.FAREWELL));
                assertThat(properties.tenant("loja-aurora")).isEqualTo(new FollowUpSettings(true,
                        Duration.ofMinutes(30), Duration.ofHours(22), "Oi! Posso ajudar?", "Até logo!"));
                assertThat(properties.tenant("clinica-sorriso").enabled()).isFalse();
            });
    }

    @Test
    void aNegativeDelayStopsStartUp() {
        runner.withPropertyValues("respondo.follow-ups.tenants.loja-aurora.close-after=-1h")
            .run(context -> assertThat(context).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FollowUpProperties.class)
    static class Settings {
    }
}
