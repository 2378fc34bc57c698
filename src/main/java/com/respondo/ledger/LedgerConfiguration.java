package com.respondo.ledger;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Provides the reply ledger on the application's data source (its table is created by Flyway): its write protocol and
 * the admin API's read model.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TraceProperties.class)
class LedgerConfiguration {

    @Bean
    ReplyLedger replyLedger(DataSource dataSource, PlatformTransactionManager transactionManager,
            JsonMapper jsonMapper, TraceProperties trace) {
        return new ReplyLedger(dataSource, transactionManager, jsonMapper, trace);
    }

    @Bean
    LedgerQueries ledgerQueries(DataSource dataSource, JsonMapper jsonMapper) {
        return new LedgerQueries(dataSource, jsonMapper);
    }
}
