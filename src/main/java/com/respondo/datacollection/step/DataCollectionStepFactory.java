package com.respondo.datacollection.step;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.transaction.PlatformTransactionManager;

import com.respondo.jobs.ChunkStepChain;
import com.respondo.jobs.ChunkStepParts;
import com.respondo.jobs.FailureDescribingStep;
import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.policy.DataCollectionPolicy;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepPool;
import com.respondo.jobs.StepSettings;
import com.respondo.jobs.StepVariant;
import com.respondo.llm.Llm;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
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

    private final ChunkStepChain chain;

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
        this.chain = new ChunkStepChain(jobRepository, transactionManager);
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
        boolean remote = StepVariant.of(settings) == StepVariant.REMOTE;
        // ColetarDadosIa takes no conversation: the first bucket reads the whole tenant and asks TempBox once, the
        // other buckets read nothing, so that it is asked once per tenant and run however many buckets there are.
        ConversationsToCollect reader = new ConversationsToCollect(client, tenant,
                remote ? Partition.wholeTenant(tenant.id()) : partition, repository, properties.pageSize(),
                properties.debounce(), clock);
        Step step = remote
                ? chain.build(settings, ChunkStepParts.of(
                        (partition.bucket() == 0) ? reader : new ListItemReader<>(List.of()),
                        new MarkCollectedRemotely(client, repository, tenant)))
                : chain.build(settings, localParts(settings, tenant, partition, reader));
        return new FailureDescribingStep(step, jobRepository, DataCollectionStepFactory::tempBoxFailure);
    }

    /**
     * When TempBox made the step fail: one sentence naming the operation, the tenant and whether a later run can
     * succeed.
     */
    static Optional<String> tempBoxFailure(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TempBoxException tempBox) {
                    return Optional.of(describe(tempBox));
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(TempBoxException failure) {
        String outlook = failure.retryable() ? "TempBox is unavailable; the next run tries again"
                : "retrying will not help until the cause is fixed";
        return "TempBox " + failure.operation() + " failed for tenant '" + failure.tenantId() + "': "
                + failure.summary() + " (" + outlook + ")";
    }

    /** Here: the LLM collects (a dry run only reports), up to {@code concurrency} conversations at once. */
    private ChunkStepParts<Candidate, CollectionOutcome> localParts(StepSettings settings, Tenant tenant,
            Partition partition, ConversationsToCollect reader) {
        ConversationNotes notes = properties.writeBack(tenant.id()) ? new ConversationNotes(client, zone) : null;
        ChunkStepParts<Candidate, CollectionOutcome> parts = ChunkStepParts.of(reader,
                new CollectConversation(new SkippingConversationLoader(client), llm, policy, tenant, profile(tenant)),
                settings.dryRun() ? new DryRunCollections(tenant) : new StoreCollections(repository, tenant, notes))
            .skipping(new SkippedConversations(tenant.id()));
        if (settings.concurrency() > 1) {
            StepPool pool = new StepPool("respondo-" + STEP + "-" + partition.key() + "-", settings.concurrency());
            parts.on(pool.executor()).listeners(pool);
        }
        return parts;
    }

    /** What the domain needs of the tenant: its name for the prompt, and whether its PII is masked. */
    private TenantProfile profile(Tenant tenant) {
        return new TenantProfile(tenant.id(), tenant.name(), tenant.atendente(), "", BusinessHours.notInformed(zone),
                List.of(), Channels.defaults(), properties.maskPii(tenant.id()));
    }
}
