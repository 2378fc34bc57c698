package com.respondo.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.micrometer.observation.ObservationRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.ChannelMessageStoreQueryProvider;
import org.springframework.integration.jdbc.store.channel.H2ChannelMessageStoreQueryProvider;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.transaction.PlatformTransactionManager;

import com.respondo.tempbox.Tenants;

/**
 * Reads the job files, assembles the jobs and wires launching, scheduling and recovery. The job registry defined here
 * is also the one of Spring Boot's {@code JobOperator}, so both know Respondo's jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    /** The tenants of TempBox's settings; a test may give its own directory instead. */
    @Bean
    @Fallback
    TenantDirectory configuredTenants(Tenants tenants) {
        return tenants::ids;
    }

    @Bean
    MapJobRegistry jobRegistry() {
        return new MapJobRegistry();
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
    }

    @Bean
    LockingTaskExecutor jobLocks(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    @Bean
    JobExecutors jobExecutors(JobsProperties properties) {
        return new JobExecutors(properties);
    }

    @Bean
    LocalExecutions localExecutions(DataSource dataSource) {
        return new LocalExecutions(dataSource);
    }

    /** The queue of partition requests every instance takes from: a table of the shared database. */
    @Bean
    JdbcChannelMessageStore partitionRequestStore(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(queryProvider(dataSource));
        store.setRegion("respondo");
        store.addAllowedPatterns("org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders", "org.springframework.batch.integration.partition.*",
                "java.util.*", "java.lang.*");
        return store;
    }

    @Bean
    QueueChannel partitionRequests(JdbcChannelMessageStore partitionRequestStore) {
        return new QueueChannel(new MessageGroupQueue(partitionRequestStore, "partition-requests"));
    }

    @Bean
    PartitionWorkers partitionWorkers(DataSource dataSource) {
        return new PartitionWorkers(dataSource);
    }

    @Bean
    PartitionSigns partitionSigns(DataSource dataSource) {
        return new PartitionSigns(dataSource);
    }

    @Bean
    PartitionClaims partitionClaims(QueueChannel partitionRequests, PartitionWorkers partitionWorkers,
            LocalExecutions local, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JobExecutors executors, JobsProperties properties, DataSource dataSource, PartitionSigns partitionSigns) {
        PartitionLeases leases = new PartitionLeases(partitionWorkers, local, jobRepository,
                new MessagingTemplate(partitionRequests), transactionManager, dataSource, partitionSigns,
                properties.partitions().lease());
        PartitionClaims claims = new PartitionClaims(partitionRequests, leases, partitionWorkers, jobRepository,
                transactionManager, executors.partitions(), properties.partitionThreads(), properties.partitions(),
                partitionSigns);
        partitionRequests.addInterceptor(new ChannelInterceptor() {
            @Override
            public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent,
                    @Nullable Exception ex) {
                if (sent) {
                    claims.wakeUp();
                }
            }
        });
        return claims;
    }

    @Bean
    JobCatalog jobCatalog(JobsProperties properties, TenantDirectory tenants, ObjectProvider<StepFactory> factories,
            JobRepository jobRepository, JobRegistry jobRegistry, LocalExecutions local,
            PartitionWorkers partitionWorkers, QueueChannel partitionRequests, PartitionSigns partitionSigns,
            ObjectProvider<ObservationRegistry> observations) {
        Map<String, StepFactory> byName = byStepName(factories.orderedStream().toList());
        JobFileParser parser = new JobFileParser(byName.keySet(), tenants.ids());
        List<JobDefinition> definitions = new JobFiles().find(properties.dir())
            .entrySet()
            .stream()
            .map(file -> parser.parse(file.getKey(), file.getValue()))
            .toList();
        JobAssembler assembler = new JobAssembler(jobRepository, byName, partitionWorkers,
                new MessagingTemplate(partitionRequests), properties.partitions(), partitionSigns, local,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        JobCatalog catalog = new JobCatalog(definitions, assembler::assemble);
        catalog.jobs().values().forEach(job -> register(jobRegistry, job));
        return catalog;
    }

    @Bean
    OrphanedExecutions orphanedExecutions(JobRepository jobRepository, LocalExecutions local,
            JobsProperties properties, DataSource dataSource) {
        return new OrphanedExecutions(jobRepository, local, properties.executionLease(),
                OrphanedExecutions.isSingleProcess(dataSource));
    }

    @Bean
    SmartInitializingSingleton orphanedExecutionsRecovery(OrphanedExecutions orphans, JobCatalog catalog) {
        return () -> orphans.recoverAtStartup(catalog.definitions().stream().map(JobDefinition::name).toList());
    }

    @Bean
    JobLaunches jobLaunches(JobCatalog catalog, JobRepository jobRepository, JobRegistry jobRegistry,
            JobExecutors executors, LocalExecutions local, OrphanedExecutions orphans, LockingTaskExecutor jobLocks,
            JobsProperties properties, ObjectProvider<ObservationRegistry> observations) throws Exception {
        LaunchingJobOperator operator = new LaunchingJobOperator(local, executors.launches());
        operator.setJobRepository(jobRepository);
        operator.setJobRegistry(jobRegistry);
        operator.setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        operator.afterPropertiesSet();
        return new JobLaunches(catalog, operator, jobRepository, orphans, local,
                new LaunchLock(jobLocks, properties.launchLockTimeout()));
    }

    @Bean
    JobHistory jobHistory(JobRepository jobRepository, JobCatalog catalog, DataSource dataSource) {
        return new JobHistory(jobRepository, catalog, JdbcClient.create(dataSource));
    }

    @Bean
    JobScheduler jobScheduler(JobCatalog catalog, JobLaunches launches, LocalExecutions local,
            LockingTaskExecutor jobLocks, JobsProperties properties, DataSource dataSource) {
        return new JobScheduler(catalog, launches, local, jobLocks, properties,
                new JobSwitches(JdbcClient.create(dataSource)));
    }

    @Bean
    JobsShutdown jobsShutdown(JobScheduler scheduler, JobLaunches launches, PartitionClaims partitionClaims) {
        return new JobsShutdown(scheduler, launches, partitionClaims);
    }

    @Bean
    OneShotRun oneShotRun(JobLaunches launches, JobHistory history) {
        return new OneShotRun(launches, history);
    }

    private static Map<String, StepFactory> byStepName(List<StepFactory> factories) {
        Map<String, StepFactory> byName = new LinkedHashMap<>();
        for (StepFactory factory : factories) {
            StepFactory other = byName.putIfAbsent(factory.stepName(), factory);
            if (other != null) {
                throw new IllegalStateException("Two StepFactory beans build step '" + factory.stepName() + "': "
                        + other.getClass().getName() + " and " + factory.getClass().getName());
            }
        }
        return byName;
    }

    private static ChannelMessageStoreQueryProvider queryProvider(DataSource dataSource) {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot tell which database holds the partition requests", ex);
        }
        return switch (database) {
            case "PostgreSQL" -> new PostgresChannelMessageStoreQueryProvider();
            case "H2" -> new H2ChannelMessageStoreQueryProvider();
            default -> throw new IllegalStateException("Respondo runs on H2 or PostgreSQL, not on " + database);
        };
    }

    private static void register(JobRegistry registry, Job job) {
        try {
            registry.register(job);
        }
        catch (DuplicateJobException ex) {
            throw new IllegalStateException("A job named " + job.getName() + " is already registered", ex);
        }
    }
}
