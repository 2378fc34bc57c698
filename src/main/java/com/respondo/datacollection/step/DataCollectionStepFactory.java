package com.respondo.datacollection.step;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.transaction.PlatformTransactionManager;

import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.policy.DataCollectionPolicy;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepMode;
import com.respondo.jobs.StepPool;
import com.respondo.jobs.StepSettings;
import com.respondo.llm.Llm;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * Builds the {@code data-collection} worker step of one tenant partition: conversations with unread messages
 * ({@link ConversationsToCollect}), collected here by the LLM ({@link CollectConversation}, {@link StoreCollections})
 * or, in remote mode, by TempBox ({@link MarkCollectedRemotely}); up to the job file's concurrency of conversations
 * are read by the LLM at once.
 */
final class DataCollectionStepFactory implements StepFactory {

    static final String STEP = "data-collection";

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    private final TempBoxClient client;

    private final Tenants tenants;

    private final ZoneId zone;

    private final Llm llm;

    private final CollectedDataRepository repository;

    private final DataCollectionProperties properties;

    private final DataCollectionPolicy policy = new DataCollectionPolicy(ReplySettings.defaults());

    private final Clock clock;

    DataCollectionStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TempBoxClient client, Tenants tenants, ZoneId zone, Llm llm, CollectedDataRepository repository,
            DataCollectionProperties properties, Clock clock) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.client = client;
        this.tenants = tenants;
        this.zone = zone;
        this.llm = llm;
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String stepName() {
        return STEP;
    }

    @Override
    public Step workerStep(StepSettings settings, Partition partition) {
        Tenant tenant = tenants.get(partition.tenant());
        // A dry run collects as the local mode does (the LLM included) and stores nothing, whatever the mode.
        boolean remote = settings.mode() == StepMode.REMOTE && !settings.dryRun();
        // ColetarDadosIa takes no conversation: the first bucket reads the whole tenant and asks TempBox once, the
        // other buckets read nothing, so that it is asked once per tenant and run however many buckets there are.
        ConversationsToCollect reader = new ConversationsToCollect(client, tenant,
                remote ? Partition.wholeTenant(tenant.id()) : partition, repository, properties.pageSize(),
                properties.debounce(), clock);
        Step step = !remote ? localStep(settings, tenant, partition, reader)
                : remoteStep(settings, tenant, (partition.bucket() == 0) ? reader : new ListItemReader<>(List.of()));
        return new ExplainedFailures(step, jobRepository);
    }

    private Step localStep(StepSettings settings, Tenant tenant, Partition partition, ConversationsToCollect reader) {
        SkippedConversations skipped = new SkippedConversations(tenant.id());
        ConversationNotes notes = properties.writeBack(tenant.id()) ? new ConversationNotes(client, zone) : null;
        ChunkOrientedStepBuilder<Candidate, CollectionOutcome> step = new StepBuilder(settings.stepName(),
                jobRepository)
            .<Candidate, CollectionOutcome>chunk(settings.chunkSize())
            .transactionManager(transactionManager)
            .reader(reader)
            .processor(new CollectConversation(new SkippingConversationLoader(client), llm, policy, tenant,
                    profile(tenant)))
            .writer(settings.dryRun() ? new DryRunCollections(tenant) : new StoreCollections(repository, tenant, notes))
            .faultTolerant()
            .skipPolicy(skipped)
            .skipListener(skipped);
        if (settings.concurrency() > 1) {
            StepPool pool = new StepPool("respondo-" + STEP + "-" + partition.key() + "-", settings.concurrency());
            step.taskExecutor(pool.executor()).listener(pool);
        }
        return step.build();
    }

    private Step remoteStep(StepSettings settings, Tenant tenant, ItemReader<Candidate> reader) {
        return new StepBuilder(settings.stepName(), jobRepository).<Candidate, Candidate>chunk(settings.chunkSize())
            .transactionManager(transactionManager)
            .reader(reader)
            .writer(new MarkCollectedRemotely(client, repository, tenant))
            .build();
    }

    /** What the domain needs of the tenant: its name for the prompt, and whether its PII is masked. */
    private TenantProfile profile(Tenant tenant) {
        return new TenantProfile(tenant.id(), tenant.name(), tenant.atendente(), "", BusinessHours.notInformed(zone),
                List.of(), Channels.defaults(), properties.maskPii(tenant.id()));
    }
}
