package com.respondo.replies.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.respondo.jobs.Partition;
import com.respondo.replies.RepliesIntegrationTest;
import com.respondo.replies.Scenario;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.sandbox.SeededConversation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/** The reader pages through TempBox's open conversations, one page per call, from the configured first row. */
@RepliesIntegrationTest
class OpenConversationReaderIntegrationTests {

    @Autowired
    Scenario scenario;

    @Test
    void readsTheWaitingConversationsPageByPage() throws Exception {
        scenario.reset();
        UUID aurora = scenario.company(AURORA).empresa();
        List<SeededConversation> waiting = scenario.sandbox.seedWaitingConversations(aurora, 5, Duration.ofMinutes(1));
        scenario.sandbox.seedNewConversations(aurora, 2, Duration.ofMinutes(1));
        scenario.mark();
        List<Long> counted = new ArrayList<>();
        OpenConversationReader reader = new OpenConversationReader(scenario.client, scenario.tenants.get(AURORA),
                ReplyStep.BOT_REPLY, Partition.wholeTenant(AURORA), scenario.ledger,
                new WaitingRule(Duration.ofSeconds(8)), Clock.systemUTC(), 2, 1, 3, counted::add);

        List<String> read = new ArrayList<>();
        for (OpenConversation item = reader.read(); item != null; item = reader.read()) {
            read.add(item.messageId());
        }

        assertThat(read).containsExactlyElementsOf(waiting.stream().map(c -> c.mensagem().toString()).toList());
        assertThat(scenario.calls()).containsExactlyEntriesOf(Map.of("ListarMensagensEmAberto", 4L));
        assertThat(counted).as("the waiting conversations, counted once the last page was read").containsExactly(5L);
    }

    @Test
    void readsTheListAgainOnceExhaustedWhenAWakeCameDueMeanwhile() throws Exception {
        scenario.reset();
        SeededConversation first = scenario.newConversation(AURORA, "Vocês vendem vale-presente?");
        List<Instant> asked = new ArrayList<>();
        OpenConversationReader reader = new OpenConversationReader(scenario.client, scenario.tenants.get(AURORA),
                ReplyStep.INITIAL_RESPONSE, Partition.wholeTenant(AURORA), scenario.ledger,
                new WaitingRule(Duration.ofSeconds(8)), Clock.systemUTC(), 10, 1, 3, counted -> {
                }, since -> {
                    asked.add(since);
                    return asked.size() == 1;
                });

        assertThat(reader.read()).extracting(OpenConversation::messageId).isEqualTo(first.mensagem().toString());
        SeededConversation second = scenario.newConversation(AURORA, "Tem loja em Joinville?");
        scenario.mark();

        assertThat(reader.read()).as("the second conversation, from the list read again")
            .extracting(OpenConversation::messageId)
            .isEqualTo(second.mensagem().toString());
        assertThat(reader.read()).as("no wake since that pass: the end").isNull();
        assertThat(scenario.calls()).containsExactlyEntriesOf(Map.of("ListarMensagensEmAberto", 1L));
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).isAfterOrEqualTo(asked.get(0));
    }
}
