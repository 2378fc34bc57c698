package com.respondo.datacollection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.respondo.datacollection.policy.CustomerData;
import com.respondo.datacollection.policy.LastReadMessage;
import com.respondo.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the store of collected data guarantees, run against a real database by each subclass (H2 and PostgreSQL).
 */
abstract class CollectedDataRepositoryTestCases {

    static final String LOJA = "loja-aurora";

    static final String CLINICA = "clinica-sorriso";

    static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    CollectedDataRepository repository;

    JdbcClient jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyTables() {
        repository = new CollectedDataRepository(dataSource(), clock);
        jdbc = JdbcClient.create(dataSource());
        jdbc.sql("DELETE FROM collected_data").update();
        jdbc.sql("DELETE FROM collection_progress").update();
    }

    @Test
    void storesEveryFieldWithItsSourceMessagesAndFindsThemByConversationInAnyLetterCase() {
        CustomerData data = new CustomerData("Maria Souza", "maria@exemplo.com", "+5511987654321", "52998224725",
                null, "01310100", "trocar produto", Urgency.ALTA, Sentiment.NEGATIVO, "Cliente quer trocar.",
                List.of("AAAA-1", "bbbb-2"));

        long id = repository.store(LOJA, "CONV-1", data, 42L);

        assertThat(repository.findByConversation("conv-1")).containsExactly(new StoredCustomerData(id, LOJA, "conv-1",
                "Maria Souza", "maria@exemplo.com", "+5511987654321", "52998224725", DocumentType.CPF, "01310100",
                "trocar produto", Urgency.ALTA, Sentiment.NEGATIVO, "Cliente quer trocar.", List.of("aaaa-1", "bbbb-2"),
                42L, T0));
        assertThat(repository.findByConversation("Conv-1")).hasSize(1);
    }

    @Test
    void storesACnpjAsSuchAndLeavesAbsentValuesNull() {
        long id = repository.store(CLINICA, "conv-2", new CustomerData(null, null, null, null, "11222333000181", null,
                null, null, null, null, List.of("m1")), null);

        StoredCustomerData row = repository.findByConversation("conv-2").get(0);

        assertThat(row.id()).isEqualTo(id);
        assertThat(row.document()).isEqualTo("11222333000181");
        assertThat(row.documentType()).isEqualTo(DocumentType.CNPJ);
        assertThat(row.name()).isNull();
        assertThat(row.urgency()).isNull();
        assertThat(row.jobExecutionId()).isNull();
    }

    @Test
    void pagesThroughTheRowsOfATenantSinceAnInstantInStorageOrder() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.set(T0.plusSeconds(60L * i));
            ids.add(repository.store(LOJA, "conv-" + i, summary("loja " + i), 1L));
            repository.store(CLINICA, "other-" + i, summary("clinica " + i), 1L);
        }

        List<StoredCustomerData> first = repository.findSince(LOJA, T0.plusSeconds(60), 0, 2);
        List<StoredCustomerData> second = repository.findSince(LOJA, T0.plusSeconds(60), first.get(1).id(), 2);
        List<StoredCustomerData> third = repository.findSince(LOJA, T0.plusSeconds(60), second.get(1).id(), 2);

        assertThat(first).extracting(StoredCustomerData::id).containsExactly(ids.get(1), ids.get(2));
        assertThat(second).extracting(StoredCustomerData::id).containsExactly(ids.get(3), ids.get(4));
        assertThat(third).isEmpty();
        assertThat(repository.findSince(null, T0, 0, 100)).hasSize(10);
        assertThatIllegalArgumentException().isThrownBy(() -> repository.findSince(LOJA, T0, 0, 0));
    }

    @Test
    void handsEveryRowSinceAnInstantToAnActionWhateverTheirNumber() {
        for (int i = 0; i < 760; i++) {
            repository.store(i % 3 == 0 ? CLINICA : LOJA, "conv-" + i, summary("n" + i), 1L);
        }
        List<StoredCustomerData> seen = new ArrayList<>();

        repository.forEachSince(LOJA, T0, seen::add);

        assertThat(seen).hasSize(506).extracting(StoredCustomerData::tenantId).containsOnly(LOJA);
        assertThat(seen).extracting(StoredCustomerData::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void countsTheRowsSinceAnInstantPerTenantAndInAll() {
        repository.store(LOJA, "a", summary("a"), 1L);
        clock.set(T0.plusSeconds(3600));
        repository.store(LOJA, "b", summary("b"), 1L);
        repository.store(CLINICA, "c", summary("c"), 1L);

        assertThat(repository.count(null, T0)).isEqualTo(3);
        assertThat(repository.count(LOJA, T0.plusSeconds(1))).isEqualTo(1);
        assertThat(repository.countByTenant(T0)).containsExactly(entry(CLINICA, 1L), entry(LOJA, 2L));
        assertThat(repository.countByTenant(T0.plusSeconds(7200))).isEmpty();
    }

    @Test
    void advancesAConversationsProgressOnlyFromWhereItWasRead() {
        repository.advance(LOJA, null, new LastReadMessage("CONV-9", "MSG-1", T0), 5L);
        CollectionProgress first = repository.progressOf(LOJA, List.of("Conv-9")).get("conv-9");

        clock.set(T0.plusSeconds(30));
        repository.advance(LOJA, first, new LastReadMessage("conv-9", "msg-2", T0.plusSeconds(20)), 6L);

        assertThat(first).isEqualTo(new CollectionProgress(LOJA, "conv-9", "msg-1", T0, 5L, T0));
        assertThat(repository.findProgress("CONV-9")).contains(new CollectionProgress(LOJA, "conv-9", "msg-2",
                T0.plusSeconds(20), 6L, T0.plusSeconds(30)));
        assertThatExceptionOfType(OptimisticLockingFailureException.class)
            .isThrownBy(() -> repository.advance(LOJA, first, new LastReadMessage("conv-9", "msg-3", T0), 7L));
        assertThatExceptionOfType(DuplicateKeyException.class)
            .isThrownBy(() -> repository.advance(LOJA, null, new LastReadMessage("conv-9", "msg-3", T0), 7L));
        assertThat(repository.findProgress("conv-9")).map(CollectionProgress::lastMessageId).contains("msg-2");
    }

    @Test
    void findsTheProgressOfManyConversationsOfOneTenantAtOnce() {
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            conversations.add("conv-" + i);
            if (i % 2 == 0) {
                repository.advance(LOJA, null, new LastReadMessage("conv-" + i, "m-" + i, T0), 1L);
            }
        }
        repository.advance(CLINICA, null, new LastReadMessage("conv-1", "m-1", T0), 1L);

        assertThat(repository.progressOf(LOJA, conversations)).hasSize(300).containsKey("conv-598")
            .doesNotContainKey("conv-1");
        assertThat(repository.progressOf(LOJA, List.of())).isEmpty();
    }

    @Test
    void storesARowAndItsProgressTogetherOrNotAtAll() {
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource()));

        transaction.executeWithoutResult(status -> {
            repository.advance(LOJA, null, new LastReadMessage("conv-t", "m-1", T0), 1L);
            repository.store(LOJA, "conv-t", summary("x"), 1L);
            status.setRollbackOnly();
        });

        assertThat(repository.findByConversation("conv-t")).isEmpty();
        assertThat(repository.findProgress("conv-t")).isEmpty();
    }

    private static CustomerData summary(String summary) {
        return new CustomerData(null, null, null, null, null, null, null, null, Sentiment.NEUTRO, summary,
                List.of("m"));
    }
}
