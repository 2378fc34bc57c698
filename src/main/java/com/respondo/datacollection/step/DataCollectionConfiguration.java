package com.respondo.datacollection.step;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.jobs.StepFactory;
import com.respondo.llm.Llm;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxProperties;
import com.respondo.tempbox.Tenants;

/**
 * The data-collection feature's beans: the store of collected data (read by the admin API) and the factory of the
 * {@code data-collection} step. Per-tenant settings must name configured tenants, so a typo stops start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataCollectionProperties.class)
class DataCollectionConfiguration {

    @Bean
    CollectedDataRepository collectedDataRepository(DataSource dataSource) {
        return new CollectedDataRepository(dataSource);
    }

    @Bean
    StepFactory dataCollectionStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TempBoxClient client, Tenants tenants, TempBoxProperties tempBox, Llm llm,
            CollectedDataRepository repository, DataCollectionProperties properties, Clock clock) {
        List<String> unknown = properties.tenants().keySet().stream().filter(id -> tenants.find(id).isEmpty())
            .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("respondo.data-collection.tenants names unknown tenant(s) " + unknown
                    + "; the tenants are " + tenants.ids() + " (respondo.tempbox.tenants[].id)");
        }
        return new DataCollectionStepFactory(jobRepository, transactionManager, client, tenants, tempBox.zone(), llm,
                repository, properties, clock);
    }
}
