package com.respondo.replies.step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.transaction.PlatformTransactionManager;

import com.respondo.jobs.ChunkStepChain;
import com.respondo.jobs.ChunkStepParts;
import com.respondo.jobs.FailureDescribingStep;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.TenantProfile;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepMode;
import com.respondo.jobs.StepSettings;
import com.respondo.jobs.StepVariant;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.ledger.ReplyLedger;
import com.respondo.llm.Llm;
import com.respondo.llm.PromptTemplates;
import com.respondo.monitoring.WaitingGauge;
import com.respondo.outcomes.SatisfactionSurvey;
import com.respondo.replies.delivery.ConversationEffects;
import com.respondo.replies.delivery.CrashLeftIntents;
import com.respondo.replies.delivery.HandoffDossier;
import com.respondo.replies.delivery.HandoffParts;
import com.respondo.replies.delivery.HandoffRotation;
import com.respondo.replies.delivery.HandoffTeam;
import com.respondo.replies.delivery.LaterEffects;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.RemoteExecutor;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.delivery.ReturnScheduling;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyPlanner;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.TenantListCache;
import com.respondo.replies.policy.TurnAnswers;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * Builds the worker step of one reply step ({@code initial-response}, {@code bot-reply} or {@code ai-reply}) for one
 * tenant partition: a fault-tolerant chunk step whose reader pages through the waiting conversations, whose processor
 * plans each reply (LLM included) and whose writer performs the actions through the ledger; items of a chunk are
 * processed, then performed, {@code concurrency} at a time on the partition's bounded pool. In {@code remote} mode
 * the same items are handed to TempBox's own automation instead.
 */
final class ReplyStepFactory implements StepFactory {

    private final ReplyStep step;

    private final Dependencies dependencies;

    private final ChunkStepChain chain;

    ReplyStepFactory(ReplyStep step, Dependencies dependencies) {
        this.step = step;
        this.dependencies = dependencies;
        this.chain = new ChunkStepChain(dependencies.jobRepository(), dependencies.transactionManager());
    }

    @Override
    public String stepName() {
        return step.stepName();
    }

    @Override
    public Step workerStep(StepSettings settings, Partition partition) {
        Dependencies d = dependencies;
        Tenant tenant = d.tenants().get(partition.tenant());
        TenantProfile profile = d.profiles().profile(tenant.id());
        RepliesProperties properties = d.properties();
        PartitionRun run = new PartitionRun("respondo-" + step.stepName() + "-" + partition.key() + "-",
                settings.concurrency());
        ConversationLoader loader = new ConversationLoader(d.client(), tenant);
        TenantListCache lists = new TenantListCache(d.client(), tenant, d.lists(), run::jobExecutionId);
        WaitingRule waitingRule = new WaitingRule(properties.replySettings());
        Predicate<Instant> woken = since -> d.wakes().dueSince(settings.jobName(), tenant.id(), since);
        RunListings.Slot kept = keepsListings(settings)
                ? d.listings().slot(partition.key(), run::jobExecutionId, woken) : null;
        OpenConversationReader reader = new OpenConversationReader(d.client(), tenant, step,
                tenantRun(settings) ? Partition.wholeTenant(tenant.id()) : partition, d.ledger(),
                waitingRule, d.clock(), properties.pageSize(), properties.firstRow(),
                properties.maxConversationAttempts(),
                waiting -> d.waitingGauge().set(tenant.id(), step.stepName(), waiting),
                rereadsOnWake(settings) ? woken : since -> false, kept);
        ConversationFailures failures = new ConversationFailures(d.jobRepository(), d.ledger(), d.report(), run,
                tenant.id(), step, properties.maxConversationAttempts(), !settings.dryRun());
        SkippedItems skipped = new SkippedItems(d.ledger(), d.report(), run, tenant.id(), step, failures);
        Step built = switch (StepVariant.of(settings)) {
            case LOCAL -> chain.build(settings, localParts(tenant, profile, lists, partition, run, loader,
                    waitingRule, reader, failures, skipped, carry(settings, tenant, profile, lists, loader, run,
                            waitingRule), kept));
            case DRY_RUN -> chain.build(settings,
                    dryRunParts(tenant, profile, lists, run, loader, waitingRule, reader, failures, skipped));
            case REMOTE -> chain.build(settings, remoteParts(tenant, run, loader,
                    (tenantRun(settings) && partition.bucket() != 0) ? new ListItemReader<>(List.of()) : reader,
                    skipped));
        };
        return new FailureDescribingStep(built, d.jobRepository(), failures::settle,
                new ReplyStepFailure(step.stepName(), tenant.id()));
    }

    /** Here: the planned replies are performed through the ledger; crash-left intents are settled when it starts. */
    private ChunkStepParts<OpenConversation, PlannedReply> localParts(Tenant tenant, TenantProfile profile,
            TenantListCache lists, Partition partition, PartitionRun run, ConversationLoader loader, WaitingRule waitingRule,
            OpenConversationReader reader, ConversationFailures failures, SkippedItems skipped, TurnCarry carry,
            RunListings.@Nullable Slot kept) {
        Dependencies d = dependencies;
        RepliesProperties properties = d.properties();
        ReplyExecutor executor = executor(d, step, tenant, profile, lists, loader, run);
        CrashLeftIntents crashLeft = new CrashLeftIntents(d.ledger(), loader, tenant, step, partition,
                properties.unconfirmedAfter(), properties.unknownSendSettle(),
                new LaterEffects(tenant, loader, new ConversationEffects(d.client(), tenant, lists::agendaChanged),
                        properties.resendAttempts()),
                properties.resendAttempts());
        return ChunkStepParts.of(reader, processor(tenant, profile, lists, run, loader, waitingRule, failures),
                new ReplyWriter(executor, d.report(), run, tenant.id(), step, carry,
                        kept == null ? atendimento -> {
                        } : kept::started))
            .skipping(skipped)
            .on(run.pool())
            .listeners(run, crashLeft);
    }

    /**
     * The later reply steps of the job this step's turns are carried through ({@link TurnCarry}): those that run here
     * in this launch, each with its planner and executor for the tenant.
     */
    private TurnCarry carry(StepSettings settings, Tenant tenant, TenantProfile profile, TenantListCache lists,
            ConversationLoader loader, PartitionRun run, WaitingRule waitingRule) {
        List<TurnCarry.Stage> stages = new ArrayList<>();
        for (ReplyStep later : List.of(ReplyStep.BOT_REPLY, ReplyStep.AI_REPLY)) {
            if (later.compareTo(step) > 0 && settings.carriesThrough(later.stepName())) {
                stages.add(new TurnCarry.Stage(later, ReplyPlanners.planner(later, tenant, profile, lists,
                        dependencies, dependencies.clock(), dependencies.turnAnswers()),
                        executor(dependencies, later, tenant, profile, lists, loader, run)));
            }
        }
        return new TurnCarry(stages, waitingRule, tenant.id(), profile.botAttendantId(), dependencies.clock(),
                dependencies.report(), run);
    }

    /**
     * The executor of a step's planned actions for one tenant, through the ledger; a hand-off goes to the tenant's
     * team in turn, with the dossier note and, out of hours, the person's return booked.
     */
    static ReplyExecutor executor(Dependencies d, ReplyStep step, Tenant tenant, TenantProfile profile,
            TenantListCache lists, ConversationLoader loader, PartitionRun run) {
        RepliesProperties properties = d.properties();
        ConversationEffects effects = new ConversationEffects(d.client(), tenant, lists::agendaChanged);
        return new ReplyExecutor(step, tenant, d.ledger(), loader, effects, run, properties.resendAttempts(),
                properties.unconfirmedAfter(), properties.unknownSendSettle(),
                new HandoffParts(
                        new HandoffTeam(tenant.id(), tenant.atendente(), () -> profile.handoffAttendantIds().isEmpty()
                                ? lists.humans() : profile.handoffAttendantIds(), d.handoffRotation()),
                        new ReturnScheduling(tenant.id(), tenant.atendente(), profile.businessHours(), lists::agenda,
                                d.clock()),
                        new HandoffDossier(tenant, loader, effects, d.clock(), profile.zone(), d.secrets())));
    }

    /**
     * A dry run: the same reading and planning (LLM included, so the decisions are Respondo's real ones, in remote
     * mode too), but the writer only reports each decision; nothing is claimed in the ledger and nothing is posted to
     * TempBox.
     */
    private ChunkStepParts<OpenConversation, PlannedReply> dryRunParts(Tenant tenant, TenantProfile profile,
            TenantListCache lists, PartitionRun run, ConversationLoader loader, WaitingRule waitingRule, OpenConversationReader reader,
            ConversationFailures failures, SkippedItems skipped) {
        return ChunkStepParts.of(reader, processor(tenant, profile, lists, run, loader, waitingRule, failures),
                new DryRunWriter(dependencies.report(), tenant.id(), step, run))
            .skipping(skipped)
            .on(run.pool())
            .listeners(run);
    }

    /** Remote: the items read are handed to TempBox's own automation. */
    private ChunkStepParts<OpenConversation, OpenConversation> remoteParts(Tenant tenant, PartitionRun run,
            ConversationLoader loader, ItemReader<OpenConversation> reader, SkippedItems skipped) {
        Dependencies d = dependencies;
        RemoteExecutor executor = new RemoteExecutor(step, tenant, d.ledger(), d.client(), loader, run,
                d.properties().unconfirmedAfter());
        return ChunkStepParts.of(reader, new RemoteWriter(executor, d.report(), run, tenant.id(), step))
            .skipping(skipped)
            .listeners(run);
    }

    private ReplyProcessor processor(Tenant tenant, TenantProfile profile, TenantListCache lists, PartitionRun run,
            ConversationLoader loader, WaitingRule waitingRule, ConversationFailures failures) {
        return new ReplyProcessor(loader, planner(tenant, profile, lists), waitingRule, profile, step,
                dependencies.clock(), failures, dependencies.reads(), run);
    }

    /**
     * Whether the step reads its list again when a wake came due while it ran ({@link OpenConversationReader}): a
     * local step of a real run that carries turns on (initial-response, bot-reply), so that a conversation whose
     * debounce ended meanwhile goes through its decisions in this run rather than after it.
     */
    private boolean rereadsOnWake(StepSettings settings) {
        return step != ReplyStep.AI_REPLY && settings.mode() == StepMode.LOCAL && !settings.dryRun();
    }

    /**
     * Whether the step shares the open-message listing of its partition with the other steps of its run
     * ({@link RunListings}): a local step of a real run.
     */
    private boolean keepsListings(StepSettings settings) {
        return settings.mode() == StepMode.LOCAL && !settings.dryRun();
    }

    /**
     * Whether the step asks TempBox once per tenant and run rather than per item: remote initial-response
     * ({@code ProcessarOcorrenciaRespostaInicialBotIa} takes no conversation and answers them all). Its first bucket
     * partition then reads the whole tenant and asks; the other buckets read nothing, so that TempBox is asked once
     * however many buckets the tenant has.
     */
    private boolean tenantRun(StepSettings settings) {
        return step == ReplyStep.INITIAL_RESPONSE && settings.mode() == StepMode.REMOTE && !settings.dryRun();
    }

    private ReplyPlanner planner(Tenant tenant, TenantProfile profile, TenantListCache lists) {
        return ReplyPlanners.planner(step, tenant, profile, lists, dependencies, dependencies.clock(),
                dependencies.turnAnswers());
    }

    /**
     * What every reply step is built from ({@code knowledge} null when this application has no knowledge base;
     * {@code survey} says which tenants ask the satisfaction question); the tenants' lists of each job execution, the
     * conversations read, the customer turns' answers and the open-message listings of each run are shared by the
     * steps.
     */
    record Dependencies(TempBoxClient client, Tenants tenants, TenantProfiles profiles, RepliesProperties properties,
            ReplyLedger ledger, Llm llm, PromptTemplates templates, List<String> secrets, ReplyReport report,
            WaitingGauge waitingGauge, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Clock clock, @Nullable KnowledgeBase knowledge, TenantListCache.Shared lists, ConversationReads reads,
            TurnAnswers turnAnswers, SatisfactionSurvey survey, HandoffRotation handoffRotation, Wakes wakes,
            RunListings listings) {
    }

    /** Whether a wake of a job for a tenant came due after a time (the jobs' scheduler, looked up when asked). */
    @FunctionalInterface
    interface Wakes {

        boolean dueSince(String job, String tenant, Instant since);
    }
}
