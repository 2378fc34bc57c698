package com.respondo.replies.step;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

import com.respondo.jobs.JobScheduler;
import com.respondo.jobs.StepFactory;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.ledger.ReplyLedger;
import com.respondo.llm.Llm;
import com.respondo.llm.PromptTemplates;
import com.respondo.monitoring.WaitingGauge;
import com.respondo.outcomes.SatisfactionSurvey;
import com.respondo.privacy.ConfiguredSecrets;
import com.respondo.privacy.SecretMasker;
import com.respondo.replies.delivery.HandoffRotation;
import com.respondo.replies.ReplyPreview;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.TenantListCache;
import com.respondo.replies.policy.TurnAnswers;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxProperties;
import com.respondo.tempbox.Tenants;

/**
 * The three reply steps of the {@code replies} job ({@code initial-response}, {@code bot-reply}, {@code ai-reply}) as
 * {@link StepFactory} beans, wired to the TempBox client, the LLM port, the prompts and the reply ledger, with the
 * tenants' profiles built from {@code respondo.tempbox} and {@code respondo.replies}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RepliesProperties.class)
class ReplyStepsConfiguration {

    /** The most customer turns whose read and answer are kept for the later steps at once (a backlog's worth). */
    private static final int TURNS = 10_000;

    @Bean
    TenantProfiles tenantProfiles(Tenants tenants, RepliesProperties properties, TempBoxProperties tempBox) {
        return new TenantProfiles(tenants, properties, tempBox.zone());
    }

    @Bean
    ReplyStepFactory.Dependencies replyStepDependencies(TempBoxClient client, Tenants tenants,
            TenantProfiles profiles, RepliesProperties properties, ReplyLedger ledger, Llm llm,
            PromptTemplates templates, ConfigurableEnvironment environment, ObjectProvider<MeterRegistry> meters,
            JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ObjectProvider<KnowledgeBase> knowledge, ObjectProvider<SatisfactionSurvey> survey, Clock clock,
            TenantListCache.Shared tenantLists, ObjectProvider<JobScheduler> scheduler) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        return new ReplyStepFactory.Dependencies(client, tenants, profiles, properties, ledger, llm, templates,
                SecretMasker.maskable(ConfiguredSecrets.of(environment)), new ReplyReport(registry),
                new WaitingGauge(registry),
                jobRepository, transactionManager, clock, knowledge.getIfAvailable(), tenantLists,
                new ConversationReads(clock, properties.turnReuseMaxAge(), TURNS),
                new TurnAnswers(clock, properties.turnReuseMaxAge(), TURNS),
                survey.getIfAvailable(() -> new SatisfactionSurvey(List.of())), new HandoffRotation(),
                (job, tenant, since) -> {
                    JobScheduler jobs = scheduler.getIfAvailable();
                    return jobs != null && jobs.wokenSince(job, tenant, since);
                }, new RunListings());
    }

    /** The tenants' canned messages, team mates and agenda, kept across runs. */
    @Bean
    TenantListCache.Shared tenantLists(Clock clock, RepliesProperties properties) {
        return new TenantListCache.Shared(clock, properties.listCacheTtl(), properties.agendaCacheTtl());
    }

    /** The decisions the reply steps would take, performed nowhere: for replay and the golden conversations. */
    @Bean
    ReplyPreview replyPreview(ReplyStepFactory.Dependencies dependencies) {
        return new PlannerPreview(dependencies);
    }

    @Bean
    StepFactory initialResponseStepFactory(ReplyStepFactory.Dependencies dependencies) {
        return new ReplyStepFactory(ReplyStep.INITIAL_RESPONSE, dependencies);
    }

    @Bean
    StepFactory botReplyStepFactory(ReplyStepFactory.Dependencies dependencies) {
        return new ReplyStepFactory(ReplyStep.BOT_REPLY, dependencies);
    }

    @Bean
    StepFactory aiReplyStepFactory(ReplyStepFactory.Dependencies dependencies) {
        return new ReplyStepFactory(ReplyStep.AI_REPLY, dependencies);
    }
}
