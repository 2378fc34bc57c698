package com.respondo.replies.step;

import com.respondo.conversation.BusinessHours;
import com.respondo.replies.policy.ReplyLanguage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Channels;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.TestZones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RepliesSettingsTests {

    private static final String HUMAN = "D744106F-90A1-4100-B594-14CD4E7B3018";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreTheDomainsAndPageTheOpenListFromRowOneByAHundred() {
        runner.run(context -> {
            RepliesProperties properties = context.getBean(RepliesProperties.class);
            assertThat(properties.replySettings()).isEqualTo(ReplySettings.defaults());
            assertThat(properties.pageSize()).isEqualTo(100);
            assertThat(properties.firstRow()).isEqualTo(1);
            assertThat(properties.resendAttempts()).isEqualTo(1);
            assertThat(properties.unconfirmedAfter()).isEqualTo(Duration.ofMinutes(2));
            assertThat(properties.channelsByCode()).isEqualTo(Channels.defaults());
            TenantProfile aurora = context.getBean(TenantProfiles.class).profile("loja-aurora");
            assertThat(aurora.companyName()).isEqualTo("Loja Aurora");
            assertThat(aurora.botAttendantId()).isEqualTo(Fixtures.BOT);
            assertThat(aurora.businessHours().informed()).isFalse();
            assertThat(aurora.maskPiiForLlm()).isFalse();
            assertThat(aurora.greetingFallback()).isNull();
        });
    }

    @Test
    void aTenantsSettingsMakeItsProfile() {
        runner.withPropertyValues("respondo.replies.debounce=3s", "respondo.replies.page-size=50",
                "respondo.replies.channels.4.name=Instagram", "respondo.replies.channels.4.max-length=1000",
                "respondo.replies.tenants.loja-aurora.company-context=Vendemos roupas.",
                "respondo.replies.tenants.loja-aurora.business-hours.monday=08:00-18:00",
                "respondo.replies.tenants.loja-aurora.business-hours.saturday=9:00-13:00",
                "respondo.replies.tenants.loja-aurora.handoff-attendants[0]=" + HUMAN,
                "respondo.replies.tenants.loja-aurora.mask-pii-for-llm=true",
                "respondo.replies.tenants.loja-aurora.greeting-fallback=Olá! Já vamos te atender.")
            .run(context -> {
                RepliesProperties properties = context.getBean(RepliesProperties.class);
                assertThat(properties.replySettings().debounce()).isEqualTo(Duration.ofSeconds(3));
                assertThat(properties.pageSize()).isEqualTo(50);
                TenantProfile aurora = context.getBean(TenantProfiles.class).profile("loja-aurora");
                assertThat(aurora.companyContext()).isEqualTo("Vendemos roupas.");
                assertThat(aurora.businessHours().describe())
                    .isEqualTo("segunda, das 08:00 às 18:00; terça a sexta, fechado; sábado, das 09:00 às 13:00; "
                            + "domingo, fechado");
                assertThat(aurora.handoffAttendantIds()).containsExactly(HUMAN);
                assertThat(aurora.maskPiiForLlm()).isTrue();
                assertThat(aurora.greetingFallback()).isEqualTo("Olá! Já vamos te atender.");
                assertThat(aurora.channel(4)).isEqualTo(new Channel("Instagram", 1000));
                assertThat(aurora.channel(1)).isEqualTo(new Channel("WhatsApp", 4096));
            });
    }

    @Test
    void settingsForAnUnknownTenantAreIgnoredWithAWarning(CapturedOutput output) {
        runner.withPropertyValues("respondo.replies.tenants.loja-lua.company-context=?").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TenantProfiles.class).profile("loja-aurora").companyContext()).isEmpty();
            assertThat(output).contains("respondo.replies.tenants.loja-lua ignored: no such tenant");
        });
    }

    @Test
    void malformedOrImpossibleBusinessHoursStopStartUpNamingTheProperty() {
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.business-hours.monday=8h às 18h")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("respondo.replies")
                .hasMessageContaining("tenants[loja-aurora].businessHours[MONDAY]")
                .hasMessageContaining("must be HH:mm-HH:mm"));
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.business-hours.monday=18:00-08:00")
            .run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("respondo.replies.tenants.loja-aurora.business-hours.monday: '18:00-08:00'"));
    }

    @Test
    void theOutputGuardAnswersInPtBrAndAllowsTheTenantsOwnLinksByDefault() {
        runner.run(context -> {
            RepliesProperties.TenantSettings aurora = context.getBean(RepliesProperties.class).tenant("loja-aurora");
            assertThat(aurora.language()).isEqualTo(ReplyLanguage.PT_BR);
            assertThat(aurora.allowedLinkHosts()).isNull();
            assertThat(aurora.answerLanguages(ReplyLanguage.EN)).containsExactly(ReplyLanguage.PT_BR);
        });
    }

    @Test
    void aTenantsOutputGuardSettingsAreBound() {
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.allowed-link-hosts[0]=lojaaurora.com.br",
                "respondo.replies.tenants.loja-aurora.allowed-link-hosts[1]=wa.me",
                "respondo.replies.tenants.loja-aurora.language=es",
                "respondo.replies.tenants.loja-aurora.answer-in-customer-language=true")
            .run(context -> {
                RepliesProperties.TenantSettings aurora = context.getBean(RepliesProperties.class)
                    .tenant("loja-aurora");
                assertThat(aurora.allowedLinkHosts()).containsExactly("lojaaurora.com.br", "wa.me");
                assertThat(aurora.language()).isEqualTo(ReplyLanguage.ES);
                assertThat(aurora.answerLanguages(ReplyLanguage.EN))
                    .containsExactlyInAnyOrder(ReplyLanguage.ES, ReplyLanguage.EN);
                assertThat(aurora.answerLanguages(null)).containsExactly(ReplyLanguage.ES);
            });
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.language=pt-BR")
            .run(context -> assertThat(context.getBean(RepliesProperties.class).tenant("loja-aurora").language())
                .isEqualTo(ReplyLanguage.PT_BR));
    }

    @Test
    void anImpossibleLinkHostOrLanguageStopsStartUp() {
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.allowed-link-hosts[0]=https://loja.com.br/")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("tenants[loja-aurora].allowedLinkHosts[0]")
                .hasMessageContaining("must be a host name"));
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.language=klingon")
            .run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("respondo.replies.tenants.loja-aurora.language"));
    }

    @Test
    void holidaysClosedAndOpenDatesMakeTheTenantsBusinessHours() {
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.business-hours.monday=08:00-18:00",
                "respondo.replies.tenants.loja-aurora.business-hours.tuesday=08:00-18:00",
                "respondo.replies.tenants.loja-aurora.closed-dates[0]=2026-03-02",
                "respondo.replies.tenants.loja-aurora.open-dates.2026-02-16=usual",
                "respondo.replies.tenants.loja-aurora.open-dates.2026-02-22=10:00-14:00")
            .run(context -> {
                BusinessHours hours = context.getBean(TenantProfiles.class).profile("loja-aurora").businessHours();
                assertThat(hours.hoursOn(LocalDate.of(2026, 2, 16))).as("Carnaval Monday, open as usual")
                    .contains(new BusinessHours.OpeningHours(LocalTime.of(8, 0), LocalTime.of(18, 0)));
                assertThat(hours.hoursOn(LocalDate.of(2026, 2, 17))).as("Carnaval Tuesday").isEmpty();
                assertThat(hours.hoursOn(LocalDate.of(2026, 2, 22))).as("a Sunday with its own hours")
                    .contains(new BusinessHours.OpeningHours(LocalTime.of(10, 0), LocalTime.of(14, 0)));
                assertThat(hours.hoursOn(LocalDate.of(2026, 3, 2))).as("closed date").isEmpty();
                assertThat(hours.dates().nationalHolidays()).isTrue();
            });
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.business-hours.tuesday=08:00-18:00",
                "respondo.replies.tenants.loja-aurora.national-holidays=false")
            .run(context -> assertThat(context.getBean(TenantProfiles.class).profile("loja-aurora").businessHours()
                .hoursOn(LocalDate.of(2026, 2, 17))).isPresent());
    }

    @Test
    void badClosedOrOpenDatesStopStartUpNamingTheProperty() {
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.closed-dates[0]=24/12/2026")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("tenants[loja-aurora].closedDates[0]")
                .hasMessageContaining("must be yyyy-MM-dd"));
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.closed-dates[0]=2026-02-30")
            .run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining(
                        "respondo.replies.tenants.loja-aurora.closed-dates[0]: '2026-02-30' is not a date"));
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.open-dates.2026-02-16=das 8 às 12")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("must be HH:mm-HH:mm or usual"));
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.business-hours.monday=08:00-18:00",
                "respondo.replies.tenants.loja-aurora.open-dates.2026-02-22=usual")
            .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "respondo.replies.tenants.loja-aurora.open-dates.2026-02-22: 'usual' but 2026-02-22 is a sunday"));
    }

    @Test
    void aTenantsTimeZoneReplacesTempBoxsAndAnUnknownOneStopsStartUp() {
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.time-zone=America/Manaus")
            .run(context -> assertThat(context.getBean(TenantProfiles.class).profile("loja-aurora").zone())
                .isEqualTo(ZoneId.of("America/Manaus")));
        runner.run(context -> assertThat(context.getBean(TenantProfiles.class).profile("loja-aurora").zone())
            .isEqualTo(TestZones.SAO_PAULO));
        runner.withPropertyValues("respondo.replies.tenants.loja-aurora.time-zone=America/Sao_Pablo")
            .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "respondo.replies.tenants.loja-aurora.time-zone: 'America/Sao_Pablo' is not a time zone"));
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        runner.withPropertyValues("respondo.replies.canned-confidence-threshold=1.5")
            .run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("cannedConfidenceThreshold"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RepliesProperties.class)
    static class Settings {

        @Bean
        TenantProfiles tenantProfiles(RepliesProperties properties) {
            Tenants tenants = new Tenants(List.of(new Tenant("loja-aurora", "99c80439-b977-4002-ba4f-7345acc07f6b",
                    "token", Fixtures.BOT, "Loja Aurora")));
            return new TenantProfiles(tenants, properties, TestZones.SAO_PAULO);
        }
    }
}
