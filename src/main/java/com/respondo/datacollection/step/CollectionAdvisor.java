package com.respondo.datacollection.step;

import com.respondo.datacollection.policy.CollectedData;
import com.respondo.datacollection.policy.DataCollectionPolicy;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmAnswerException;
import com.respondo.llm.LlmRejectedException;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;
import com.respondo.conversation.Message;
import com.respondo.conversation.TenantProfile;

/**
 * Asks the LLM ({@code prompts/data-collection.st}) what a conversation's new customer messages say, tagged with the
 * tenant, the step and the conversation so that its usage is recorded: the answer, or nothing while the LLM is
 * unavailable (the conversation waits for the next run); an unusable answer or a refusal skips the conversation.
 */
final class CollectionAdvisor {

    static final String PROMPT = "data-collection";

    private static final Logger log = LoggerFactory.getLogger(CollectionAdvisor.class);

    private final Llm llm;

    private final DataCollectionPolicy policy;

    private final TenantProfile profile;

    CollectionAdvisor(Llm llm, DataCollectionPolicy policy, TenantProfile profile) {
        this.llm = llm;
        this.policy = policy;
        this.profile = profile;
    }

    /** What the LLM read in the conversation's messages, or empty when it is unavailable. */
    Optional<CollectedData> ask(String atendimento, List<Message> sources) {
        String tenantId = profile.tenantId();
        LlmRequest request = new LlmRequest(PROMPT, tenantId, DataCollectionStepFactory.STEP, atendimento,
                policy.promptVariables(profile, sources));
        try {
            LlmAnswer<CollectedData> answer = llm.ask(request, CollectedData.class);
            log.debug("LLM read {} message(s) of conversation {} of tenant '{}' in {} ms", sources.size(),
                    atendimento, tenantId, answer.latency().toMillis());
            return Optional.of(answer.value());
        }
        catch (LlmUnavailableException ex) {
            log.info("Conversation {} of tenant '{}' left for the next data-collection run: {}", atendimento,
                    tenantId, ex.getMessage());
            return Optional.empty();
        }
        catch (LlmAnswerException | LlmRejectedException ex) {
            throw new ConversationSkippedException(atendimento, "the LLM gave no usable answer: " + ex.getMessage());
        }
    }
}
