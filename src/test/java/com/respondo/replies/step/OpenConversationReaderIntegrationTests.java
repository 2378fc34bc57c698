package com.respondo.replies.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

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

    @Test
    void aRunOfTheThreeReplyStepsListsTheOpenConversationsOncePerPage() throws Exception {
        scenario.reset();
        SeededConversation fresh = scenario.newConversation(AURORA, "Vocês vendem vale-presente?");
        SeededConversation bots = scenario.botConversation(AURORA, "E cartão presente, vocês têm?");
        scenario.mark();

        scenario.run(List.of("initial-response", "bot-reply", "ai-reply"), AURORA);

        assertThat(scenario.calls()).as("one page, listed once by the run")
            .containsEntry("ListarMensagensEmAberto", 1L);
        assertThat(scenario.posted("EnviarMensagem")).as(
                "the conversation initial-response started answered by a later step of the same run, and the bot's")
            .extracting(call -> call.inReplyTo())
            .containsExactlyInAnyOrder(fresh.mensagem(), bots.mensagem());
    }

    @Test
    void aLaterStepWorksFromTheRunsListingUnlessAWakeCameDueSinceItBegan() throws Exception {
        scenario.reset();
        SeededConversation bots = scenario.botConversation(AURORA, "Vocês atendem aos sábados?");
        scenario.mark();
        RunListings listings = new RunListings();
        AtomicBoolean woken = new AtomicBoolean();

        assertThat(readAll(ReplyStep.BOT_REPLY, listings.slot(AURORA, () -> 7L, since -> woken.get())))
            .containsExactly(bots.mensagem().toString());
        assertThat(readAll(ReplyStep.AI_REPLY, listings.slot(AURORA, () -> 7L, since -> woken.get())))
            .as("from the kept listing").containsExactly(bots.mensagem().toString());
        assertThat(scenario.calls()).containsEntry("ListarMensagensEmAberto", 1L);

        SeededConversation other = scenario.botConversation(AURORA, "Tem estacionamento?");
        woken.set(true);
        assertThat(readAll(ReplyStep.AI_REPLY, listings.slot(AURORA, () -> 7L, since -> woken.get())))
            .as("a wake came due: listed again")
            .containsExactlyInAnyOrder(bots.mensagem().toString(), other.mensagem().toString());
        woken.set(false);
        assertThat(readAll(ReplyStep.AI_REPLY, listings.slot(AURORA, () -> 8L, since -> false)))
            .as("another run lists again").hasSize(2);
        assertThat(scenario.calls()).containsEntry("ListarMensagensEmAberto", 3L);
    }

    private List<String> readAll(ReplyStep step, RunListings.Slot slot) {
        OpenConversationReader reader = new OpenConversationReader(scenario.client, scenario.tenants.get(AURORA),
                step, Partition.wholeTenant(AURORA), scenario.ledger, new WaitingRule(Duration.ofSeconds(8)),
                Clock.systemUTC(), 10, 1, 3, counted -> {
                }, since -> false, slot);
        List<String> read = new ArrayList<>();
        for (OpenConversation item = reader.read(); item != null; item = reader.read()) {
            read.add(item.messageId());
        }
        return read;
    }
}
