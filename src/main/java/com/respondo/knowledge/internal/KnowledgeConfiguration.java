package com.respondo.knowledge.internal;

import java.time.Clock;

import com.respondo.tempbox.Tenants;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge base and its scheduled checks. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    @Bean
    LuceneKnowledgeBase knowledgeBase(KnowledgeProperties properties, Tenants tenants) {
        return new LuceneKnowledgeBase(properties, tenants, Clock.systemUTC());
    }

    @Bean
    KnowledgeChecks knowledgeChecks(LuceneKnowledgeBase knowledgeBase, KnowledgeProperties properties) {
        return new KnowledgeChecks(knowledgeBase, properties);
    }
}
