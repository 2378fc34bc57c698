package com.respondo.replies.step;

import com.respondo.replies.policy.ReplyStep;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;


/**
 * The tenant, conversation, step and job execution as MDC fields while one conversation is planned (read, the LLM
 * asked) or handled, so that every line logged meanwhile on that thread (the reply line included) carries them as
 * fields of the structured log ({@code logging.structured.format.console=ecs} or {@code logstash}). Closing removes
 * them.
 */
final class ConversationLogFields implements AutoCloseable {

    static final String TENANT = "tenant";

    static final String CONVERSATION = "conversation";

    static final String STEP = "step";

    static final String EXECUTION = "execution";

    private ConversationLogFields() {
    }

    static ConversationLogFields put(String tenantId, ReplyStep step, String atendimentoId,
            @Nullable Long jobExecutionId) {
        MDC.put(TENANT, tenantId);
        MDC.put(CONVERSATION, atendimentoId);
        MDC.put(STEP, step.stepName());
        if (jobExecutionId != null) {
            MDC.put(EXECUTION, jobExecutionId.toString());
        }
        return new ConversationLogFields();
    }

    @Override
    public void close() {
        MDC.remove(TENANT);
        MDC.remove(CONVERSATION);
        MDC.remove(STEP);
        MDC.remove(EXECUTION);
    }
}
