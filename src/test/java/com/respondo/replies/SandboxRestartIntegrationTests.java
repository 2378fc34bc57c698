package com.respondo.replies;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.respondo.RespondoApplication;
import com.respondo.jobs.JobHistory;
import com.respondo.jobs.JobLaunches;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.testsupport.Executions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run started again on the same data directory (the H2 file under {@code respondo.data-dir}) answers the
 * demo conversations again: the sandbox seeds them with new GUIDs at each start, so the reply ledger, which remembers
 * what the first start answered, never takes them for the ones it answered before.
 */
class SandboxRestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartOnTheSameDataAnswersTheSeededConversationsAgain() {
        Set<UUID> firstAnswered;
        try (ConfigurableApplicationContext first = start()) {
            firstAnswered = answeredAfterOneRun(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            Set<UUID> secondAnswered = answeredAfterOneRun(second);

            assertThat(dataDir.resolve("respondo.mv.db")).exists();
            assertThat(firstAnswered).isNotEmpty();
            assertThat(secondAnswered).as("conversations answered after the restart").isNotEmpty()
                .doesNotContainAnyElementsOf(firstAnswered);
        }
    }

    /** Runs the replies job once; the conversations the sandbox then holds a stored answer in. */
    private static Set<UUID> answeredAfterOneRun(ConfigurableApplicationContext context) {
        JobHistory history = context.getBean(JobHistory.class);
        long execution = context.getBean(JobLaunches.class).launch("replies", null).executionId();
        assertThat(Executions.ended(history, execution).status()).isEqualTo("COMPLETED");
        return context.getBean(Sandbox.class).record().stream()
            .filter(call -> call.operation().equals("EnviarMensagem") && call.stored() && call.inReplyTo() != null)
            .map(PostedCall::atendimento)
            .collect(Collectors.toSet());
    }

    /** The default run as a new user starts it (main configuration only, sandbox profile), on the data directory. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RespondoApplication.class)
            .run("--spring.config.location=classpath:/application.yml", "--respondo.data-dir=" + dataDir,
                    "--server.port=0", "--respondo.jobs.scheduler-enabled=false",
                    "--respondo.sandbox.generator.enabled=false", "--respondo.sandbox.llm.latency=0ms",
                    "--spring.reactor.netty.shutdown-quiet-period=0s");
    }
}
