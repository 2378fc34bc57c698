package com.respondo.datacollection.step;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.TenantProfile;
import com.respondo.datacollection.policy.CollectedData;
import com.respondo.datacollection.policy.CollectionWindow;
import com.respondo.datacollection.policy.DataCollectionPolicy;
import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmAnswerException;
import com.respondo.llm.LlmRejectedException;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;
import com.respondo.tempbox.Tenant;

/**
 * Collects one conversation: loads it, takes the customer messages not collected yet, asks the LLM
 * ({@code prompts/data-collection.st}) and validates the answer through {@link DataCollectionPolicy}. When the LLM is
 * unavailable the conversation is filtered out, its progress untouched, for the next run; an unusable answer skips it.
 */
final class CollectConversation implements ItemProcessor<Candidate, CollectionOutcome> {

    static final String PROMPT = "data-collection";

    private static final Logger log = LoggerFactory.getLogger(CollectConversation.class);

    private final SkippingConversationLoader loader;

    private final Llm llm;

    private final DataCollectionPolicy policy;

    private final Tenant tenant;

    private final TenantProfile profile;

    CollectConversation(SkippingConversationLoader loader, Llm llm, DataCollectionPolicy policy, Tenant tenant,
            TenantProfile profile) {
        this.loader = loader;
        this.llm = llm;
        this.policy = policy;
        this.tenant = tenant;
        this.profile = profile;
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
        return ask(candidate, window.sources())
            .map(data -> new CollectionOutcome(candidate, window.upTo(),
                    policy.toCustomerData(data, window.sources()).orElse(null)))
            .orElse(null);
    }

    private Optional<CollectedData> ask(Candidate candidate, List<Message> sources) {
        LlmRequest request = new LlmRequest(PROMPT, tenant.id(), DataCollectionStepFactory.STEP,
                candidate.atendimento(), policy.promptVariables(profile, sources));
        try {
            LlmAnswer<CollectedData> answer = llm.ask(request, CollectedData.class);
            log.debug("LLM read {} message(s) of conversation {} of tenant '{}' in {} ms", sources.size(),
                    candidate.atendimento(), tenant.id(), answer.latency().toMillis());
            return Optional.of(answer.value());
        }
        catch (LlmUnavailableException ex) {
            log.info("Conversation {} of tenant '{}' left for the next data-collection run: {}",
                    candidate.atendimento(), tenant.id(), ex.getMessage());
            return Optional.empty();
        }
        catch (LlmAnswerException | LlmRejectedException ex) {
            throw new ConversationSkippedException(candidate.atendimento(), "the LLM gave no usable answer: "
                    + ex.getMessage());
        }
    }
}
