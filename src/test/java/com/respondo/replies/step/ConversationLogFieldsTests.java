package com.respondo.replies.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationSummary;
import com.respondo.replies.Fixtures;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply line of a conversation carries the tenant, conversation, step and job execution as MDC fields (what the
 * ECS and Logstash structured logs write as fields), and they are gone once the conversation is handled.
 */
class ConversationLogFieldsTests {

    private final Logger replyLog = (Logger) LoggerFactory.getLogger(ReplyReport.class);

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        this.lines.start();
        this.replyLog.addAppender(this.lines);
    }

    @AfterEach
    void release() {
        this.replyLog.detachAppender(this.lines);
    }

    @Test
    void theReplyLineCarriesTenantConversationStepAndExecutionAsFields() {
        StepExecution stepExecution = MetaDataInstanceFactory.createStepExecution(
                MetaDataInstanceFactory.createJobExecution("replies", 1L, 42L), "bot-reply", 7L);
        PartitionRun run = new PartitionRun("log-fields-", 1);
        run.beforeStep(stepExecution);
        Conversation conversation = Fixtures.conversation().customer("Oi, qual o horário?", 1).build();
        PlannedReply planned = new PlannedReply(conversation, "m1",
                Decision.byLlm(new Action.SendReply("Das 8h às 18h."), 0.9, "hours"), System.nanoTime());
        try {
            new DryRunWriter(new ReplyReport(new SimpleMeterRegistry()), "t1", ReplyStep.BOT_REPLY, run)
                .write(Chunk.of(planned));
        }
        finally {
            run.afterStep(stepExecution);
        }

        assertThat(this.lines.list).singleElement()
            .extracting(ILoggingEvent::getMDCPropertyMap)
            .isEqualTo(Map.of("tenant", "t1", "conversation", planned.atendimentoId(), "step", "bot-reply",
                    "execution", "42"));
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
