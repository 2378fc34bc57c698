package com.respondo.datacollection.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.DataCollectionIntegrationTest;
import com.respondo.datacollection.policy.LastReadMessage;
import com.respondo.jobs.Partition;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SeededConversation;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.datacollection.DataCollectionIntegrationTest.LOJA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-collection reader on the sandbox: paging, the debounce, the partition's bucket and the progress filter.
 */
@DataCollectionIntegrationTest
class ConversationsToCollectIntegrationTests {

    private static final Duration DEBOUNCE = Duration.ofSeconds(8);

    @Autowired
    Sandbox sandbox;

    @Autowired
    TempBoxClient tempBox;

    @Autowired
    Tenants tenants;

    @Autowired
    CollectedDataRepository repository;

    private final List<SeededConversation> quiet = new ArrayList<>();

    private SeededConversation busy;

    @BeforeEach
    void fiveConversationsOneStillWriting() {
        sandbox.reset(false);
        for (int i = 0; i < 4; i++) {
            quiet.add(open(Duration.ofMinutes(1), "Quero saber o preço, número " + i));
        }
        busy = open(Duration.ZERO, "Oi, tudo bem? Vou mandar mais detalhes");
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset(false);
    }

    @Test
    void readsTheOpenConversationsPageByPageAndLeavesOutTheOnesStillInTheirDebounce() {
        List<Candidate> candidates = readAll(Partition.wholeTenant(LOJA), 2);

        assertThat(candidates).extracting(Candidate::atendimento)
            .containsExactlyElementsOf(quiet.stream().map(c -> c.atendimento().toString()).toList())
            .doesNotContain(busy.atendimento().toString());
        assertThat(candidates).extracting(Candidate::newestMessageId)
            .containsExactlyElementsOf(quiet.stream().map(c -> c.mensagem().toString()).toList());
        assertThat(candidates).allSatisfy(candidate -> assertThat(candidate.hash()).isNotBlank());
        assertThat(sandbox.calls("ListarMensagensEmAberto")).isEqualTo(3);
    }

    @Test
    void eachBucketOfATenantReadsItsOwnShareOfTheConversations() {
        while (quiet.stream().map(c -> bucketOf(c, 2)).distinct().count() < 2) {
            quiet.add(open(Duration.ofMinutes(1), "Mais uma pergunta, número " + quiet.size()));
        }

        List<Candidate> first = readAll(new Partition(LOJA, 0, 2), 50);
        List<Candidate> second = readAll(new Partition(LOJA, 1, 2), 50);

        assertThat(first).extracting(Candidate::atendimento).containsExactlyInAnyOrderElementsOf(
                quiet.stream().filter(c -> bucketOf(c, 2) == 0).map(c -> c.atendimento().toString()).toList());
        assertThat(second).extracting(Candidate::atendimento).containsExactlyInAnyOrderElementsOf(
                quiet.stream().filter(c -> bucketOf(c, 2) == 1).map(c -> c.atendimento().toString()).toList());
    }

    @Test
    void leavesOutConversationsWhoseNewestMessageIsTheOneAlreadyCollected() {
        SeededConversation collected = quiet.get(1);
        SeededConversation moved = quiet.get(2);
        repository.advance(LOJA, null, new LastReadMessage(collected.atendimento().toString(),
                collected.mensagem().toString().toUpperCase(), collected.cadastro()), null);
        repository.advance(LOJA, null, new LastReadMessage(moved.atendimento().toString(), UUID.randomUUID().toString(),
                moved.cadastro().minusSeconds(30)), null);

        List<Candidate> candidates = readAll(Partition.wholeTenant(LOJA), 50);

        assertThat(candidates).extracting(Candidate::atendimento).containsExactly(
                quiet.get(0).atendimento().toString(), moved.atendimento().toString(),
                quiet.get(3).atendimento().toString());
        assertThat(candidates.get(1).progress()).isNotNull();
        assertThat(candidates.get(0).progress()).isNull();
    }

    private List<Candidate> readAll(Partition partition, int pageSize) {
        Clock now = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        ConversationsToCollect reader = new ConversationsToCollect(tempBox, tenants.get(LOJA), partition, repository,
                pageSize, DEBOUNCE, now);
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate candidate = reader.read(); candidate != null; candidate = reader.read()) {
            candidates.add(candidate);
        }
        return candidates;
    }

    private static int bucketOf(SeededConversation conversation, int buckets) {
        return ConversationsToCollect.bucketOf(conversation.atendimento().toString(), buckets);
    }

    private SeededConversation open(Duration age, String text) {
        return sandbox.openConversation(sandbox.company(LOJA).empresa(), "Cliente", 1, age, text);
    }
}
