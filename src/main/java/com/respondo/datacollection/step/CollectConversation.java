package com.respondo.datacollection.step;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.TenantProfile;
import com.respondo.datacollection.policy.CollectedData;
import com.respondo.datacollection.policy.CollectionWindow;
import com.respondo.datacollection.policy.DataCollectionPolicy;
import com.respondo.llm.Llm;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmAnswerException;
import com.respondo.llm.LlmRejectedException;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;
import com.respondo.tempbox.Tenant;

/**
 * Collects one conversation: loads it, takes the customer messages not collected yet, asks the LLM
 * ({@link CollectionAdvisor}) and validates the answer through {@link DataCollectionPolicy}. When the LLM is
 * unavailable the conversation is filtered out, its progress untouched, for the next run; an unusable answer skips it.
 */
final class CollectConversation implements ItemProcessor<Candidate, CollectionOutcome> {

    private final SkippingConversationLoader loader;

    private final CollectionAdvisor advisor;

    private final DataCollectionPolicy policy;

    private final Tenant tenant;

    CollectConversation(SkippingConversationLoader loader, Llm llm, DataCollectionPolicy policy, Tenant tenant,
            TenantProfile profile) {
        this.loader = loader;
        this.advisor = new CollectionAdvisor(llm, policy, profile);
        this.policy = policy;
        this.tenant = tenant;
    }

    @Override
    public @Nullable CollectionOutcome process(Candidate candidate) {
        Conversation conversation = loader.load(tenant, candidate);
        Optional<CollectionWindow> found = CollectionWindow.of(policy, conversation, candidate.progress(),
                candidate.newestMessageId());
        if (found.isEmpty()) {
            return null;
        }
        CollectionWindow window = found.get();
        if (window.sources().isEmpty()) {
            return new CollectionOutcome(candidate, window.upTo(), null);
        }
        return advisor.ask(candidate.atendimento(), window.sources())
            .map(data -> new CollectionOutcome(candidate, window.upTo(),
                    policy.toCustomerData(data, window.sources()).orElse(null)))
            .orElse(null);
    }
}
