package com.respondo.replies.step;

import org.springframework.batch.core.step.Step;

import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.TenantProfile;
import com.respondo.jobs.ChunkStepChain;
import com.respondo.jobs.ChunkStepParts;
import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepMode;
import com.respondo.jobs.StepSettings;
import com.respondo.replies.delivery.ConversationEffects;
import com.respondo.replies.delivery.CrashLeftIntents;
import com.respondo.replies.delivery.LaterEffects;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.policy.FollowUpPlanner;
import com.respondo.replies.policy.FollowUpSettings;
import com.respondo.replies.policy.LlmAdvisor;
import com.respondo.replies.policy.OutgoingChecks;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyPrompts;
import com.respondo.replies.policy.TenantListCache;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.AtendimentoEmAberto;
import com.respondo.tempbox.Tenant;

/**
 * Builds the worker step of one follow-up step ({@code follow-up-nudge} or {@code follow-up-close}) for one tenant
 * partition: the reader lists the bot's open conversations (once per run, and only those that may have a follow-up due,
 * see {@link FollowUpWatch}), the processor keeps those whose silence has this step's follow-up due and plans it, and the writer performs it through the ledger exactly like a reply (claim, read again,
 * post, record; crash-left intents settled when the step starts). A dry run only reports. There is no TempBox
 * automation for it: {@code remote} mode is refused.
 */
final class FollowUpStepFactory implements StepFactory {

    private final ReplyStep step;

    private final ReplyStepFactory.Dependencies dependencies;

    private final FollowUpProperties properties;

    private final FollowUpWatch watch;

    private final ChunkStepChain chain;

    FollowUpStepFactory(ReplyStep step, ReplyStepFactory.Dependencies dependencies, FollowUpProperties properties,
            FollowUpWatch watch) {
        if (!step.followsUp()) {
            throw new IllegalArgumentException(step.stepName() + " is not a follow-up step");
        }
        this.step = step;
        this.dependencies = dependencies;
        this.properties = properties;
        this.watch = watch;
        this.chain = new ChunkStepChain(dependencies.jobRepository(), dependencies.transactionManager());
    }

    @Override
    public String stepName() {
        return step.stepName();
    }

    @Override
    public Step workerStep(StepSettings settings, Partition partition) {
        if (settings.mode() == StepMode.REMOTE) {
            throw new IllegalStateException("Step " + step.stepName() + " has no TempBox automation: use mode local");
        }
        ReplyStepFactory.Dependencies d = dependencies;
        RepliesProperties replies = d.properties();
        Tenant tenant = d.tenants().get(partition.tenant());
        TenantProfile profile = d.profiles().profile(tenant.id());
        FollowUpSettings followUps = properties.tenant(tenant.id());
        PartitionRun run = new PartitionRun("respondo-" + step.stepName() + "-" + partition.key() + "-",
                settings.concurrency());
        ConversationLoader loader = new ConversationLoader(d.client(), tenant);
        FollowUpPlanner planner = new FollowUpPlanner(profile, followUps,
                new ReplyPrompts(replies.replySettings(), d.clock()), new LlmAdvisor(d.llm(), tenant.id(), step),
                new OutgoingChecks(d.templates(), profile, d.secrets(), replies.tenant(tenant.id())));
        SilentConversationReader reader = new SilentConversationReader(d.client(), tenant, partition,
                followUps.enabled(), watch, run::jobExecutionId);
        FollowUpProcessor processor = new FollowUpProcessor(loader, d.ledger(), profile, followUps, planner, step,
                d.clock(), watch);
        if (settings.dryRun()) {
            return chain.build(settings, ChunkStepParts.<AtendimentoEmAberto, PlannedReply>of(reader, processor,
                    new DryRunWriter(d.report(), tenant.id(), step, run)).on(run.pool()).listeners(run));
        }
        ConversationEffects effects = new ConversationEffects(d.client(), tenant);
        ReplyExecutor executor = ReplyStepFactory.executor(d, step, tenant, profile,
                new TenantListCache(d.client(), tenant, d.lists(), run::jobExecutionId), loader, run);
        CrashLeftIntents crashLeft = new CrashLeftIntents(d.ledger(), loader, tenant, step, partition,
                replies.unconfirmedAfter(), replies.unknownSendSettle(),
                new LaterEffects(tenant, loader, effects, replies.resendAttempts()), replies.resendAttempts());
        return chain.build(settings, ChunkStepParts.<AtendimentoEmAberto, PlannedReply>of(reader, processor,
                new ReplyWriter(executor, d.report(), run, tenant.id(), step)).on(run.pool()).listeners(run, crashLeft));
    }
}
