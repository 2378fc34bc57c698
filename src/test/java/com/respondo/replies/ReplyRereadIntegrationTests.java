package com.respondo.replies;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Just before posting, the writer reads the conversation again: what changed while the LLM was thinking wins. */
@RepliesIntegrationTest
class ReplyRereadIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @BeforeEach
    void slowLlm() {
        scenario.reset();
        llm.apply(llm.settings().withLatency(Duration.ofMillis(1500)));
    }

    @Test
    void postsNothingWhenAHumanTakesTheConversationWhileTheLlmThinks() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.mark();

        CompletableFuture<JobExecution> run = runInBackground();
        await().atMost(Duration.ofSeconds(20)).until(() -> llm.requests() >= 1);
        scenario.humanTakes(AURORA, rodrigo);

        assertThat(run.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(scenario.posted()).extracting(PostedCall::operation).containsExactly("PegarAtendimento");
        assertThat(scenario.entry(STEP, rodrigo)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.ABANDONED);
            assertThat(entry.reason()).isEqualTo("a human attendant took the conversation");
        });
    }

    @Test
    void postsNothingWhenTheCustomerWritesAgainWhileTheLlmThinks() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.mark();

        CompletableFuture<JobExecution> run = runInBackground();
        await().atMost(Duration.ofSeconds(20)).until(() -> llm.requests() >= 1);
        scenario.sandbox.customerWrites(rodrigo.atendimento(), "Ah, e de que valores?");

        assertThat(run.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(scenario.posted()).isEmpty();
        assertThat(scenario.entry(STEP, rodrigo)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.ABANDONED);
            assertThat(entry.reason()).isEqualTo("a newer customer message arrived");
        });
    }

    private CompletableFuture<JobExecution> runInBackground() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return scenario.run(STEP, AURORA);
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }
}
