package com.respondo.knowledge.suggestions;

import java.time.Clock;

import javax.sql.DataSource;

import com.respondo.knowledge.KnowledgeBase;
import com.respondo.knowledge.internal.KnowledgeProperties;
import com.respondo.ledger.LedgerQueries;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenants;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Suggested knowledge: the drafts from closed hand-offs and their scheduled check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionProperties.class)
class SuggestionsConfiguration {

    @Bean
    HandoffSuggestions knowledgeSuggestions(DataSource dataSource, LedgerQueries ledger, TempBoxClient client,
            Tenants tenants, KnowledgeBase knowledge, KnowledgeProperties knowledgeProperties,
            SuggestionProperties properties) {
        return new HandoffSuggestions(new SuggestionStore(dataSource), ledger, client, tenants, knowledge,
                knowledgeProperties.dir(), properties, Clock.systemUTC());
    }

    @Bean
    SuggestionChecks suggestionChecks(HandoffSuggestions suggestions, SuggestionProperties properties) {
        return new SuggestionChecks(suggestions, properties);
    }
}
