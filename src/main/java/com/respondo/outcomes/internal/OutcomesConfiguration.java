package com.respondo.outcomes.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.respondo.ledger.LedgerQueries;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.outcomes.LlmCallCosts;
import com.respondo.outcomes.Outcomes;
import com.respondo.outcomes.SatisfactionSurvey;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenants;

/**
 * The outcomes: the satisfaction survey the reply steps follow, and the reports the admin API serves, judged at the
 * application's clock (the sandbox clock in the sandbox profile, so that advancing it ends the 72-hour windows).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutcomesProperties.class)
class OutcomesConfiguration {

    @Bean
    SatisfactionSurvey satisfactionSurvey(OutcomesProperties properties) {
        List<String> asking = properties.tenants()
            .entrySet()
            .stream()
            .filter(tenant -> tenant.getValue().satisfactionQuestion())
            .map(Map.Entry::getKey)
            .toList();
        return new SatisfactionSurvey(asking);
    }

    @Bean
    LlmCallCosts llmCallCosts(OutcomesProperties properties) {
        return new ConfiguredLlmCallCosts(properties);
    }

    @Bean
    Outcomes outcomes(LedgerQueries ledger, LlmUsageRepository usage, TempBoxClient client, Tenants tenants,
            SatisfactionSurvey survey, OutcomesProperties properties, MeterRegistry registry, Clock clock) {
        ConversationReadCache cache = new ConversationReadCache(properties.openConversationTtl(),
                properties.closedConversationTtl(), properties.cachedConversations(), clock);
        return new TempBoxOutcomes(ledger, usage, client, tenants, survey, properties, new OutcomeGauges(registry),
                cache, clock, Clock.systemUTC()); // the ledger's clock: ReplyLedger dates entries on the wall clock
    }
}
