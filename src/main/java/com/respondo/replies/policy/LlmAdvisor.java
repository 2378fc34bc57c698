package com.respondo.replies.policy;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmAnswerException;
import com.respondo.llm.LlmRejectedException;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.PromptTemplateException;

/**
 * Asks the LLM port one reply question for a conversation (tagged with tenant, step and conversation, so its usage is
 * recorded) and says how it went: an answer, an answer that could not be used (the policies then decide without
 * it), or no answer at all. Whatever else the port throws (unavailable, refused, a broken prompt file, a protection
 * layer's refusal) counts as "the LLM is unavailable", so the policies degrade instead of failing the step.
 */
public final class LlmAdvisor {

    private static final Logger log = LoggerFactory.getLogger(LlmAdvisor.class);

    private final Llm llm;

    private final String tenantId;

    private final ReplyStep step;

    public LlmAdvisor(Llm llm, String tenantId, ReplyStep step) {
        this.llm = llm;
        this.tenantId = tenantId;
        this.step = step;
    }

    /** The structured answer to the prompt for the conversation. */
    <T> Advice<T> ask(String prompt, Conversation conversation, Map<String, Object> variables, Class<T> type) {
        LlmRequest request = new LlmRequest(prompt, tenantId, step.stepName(), conversation.atendimentoId(),
                variables);
        try {
            LlmAnswer<T> answer = llm.ask(request, type);
            return new Advice<>(answer.value(), true, LlmTrace.of(prompt, answer));
        }
        catch (LlmAnswerException ex) {
            log.info("LLM answer unusable for tenant {} step {} conversation {}: {}", tenantId, step.stepName(),
                    conversation.atendimentoId(), ex.getMessage());
            return new Advice<>(null, true, null);
        }
        catch (LlmRejectedException ex) {
            if (ex.refusesKeyOrModel()) {
                // the protection layer logs a refused key or model once for every conversation and tenant
                log.debug("LLM refused for tenant {} step {} conversation {}: {}", tenantId, step.stepName(),
                        conversation.atendimentoId(), ex.getMessage());
            }
            else {
                log.error("LLM refused for tenant {} step {} (a configuration problem): {}", tenantId,
                        step.stepName(), ex.getMessage());
            }
            return new Advice<>(null, false, null);
        }
        catch (PromptTemplateException ex) {
            log.error("LLM refused for tenant {} step {} (a configuration problem): {}", tenantId, step.stepName(),
                    ex.getMessage());
            return new Advice<>(null, false, null);
        }
        catch (RuntimeException ex) {
            log.info("LLM unavailable for tenant {} step {} conversation {}: {}", tenantId, step.stepName(),
                    conversation.atendimentoId(), ex.getMessage());
            return new Advice<>(null, false, null);
        }
    }

    /**
     * What the LLM said.
     *
     * @param value the validated answer, or null when there is none
     * @param available false when the LLM could not be asked (the policies' {@code withoutLlm}); true with a null
     *     value when it answered unusably (the policies' {@code decide} with null)
     * @param call the call that gave the value, for the trace; null when there is no value
     */
    record Advice<T>(@Nullable T value, boolean available, @Nullable LlmTrace call) {
    }
}
