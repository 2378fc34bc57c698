package com.respondo.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code reply_ledger} table as the parts of the {@link ReplyLedger write protocol} share it: statements on the
 * application's data source, each write in a committed transaction of its own (independent of any chunk transaction
 * of the caller), rows mapped by {@link LedgerRows}, and the time the writers record.
 */
final class LedgerTable {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    private final TransactionTemplate newTransaction;

    private final LedgerRows rows;

    private final Clock clock;

    LedgerTable(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper,
            Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rows = new LedgerRows(jsonMapper);
        this.clock = clock;
    }

    JdbcClient.StatementSpec sql(String sql) {
        return jdbc.sql(sql);
    }

    LedgerRows rows() {
        return rows;
    }

    /** Runs the work in a new transaction, committed when this returns. */
    <T> T inNewTransaction(Supplier<T> work) {
        T result = newTransaction.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("Ledger transaction returned nothing");
        }
        return result;
    }

    Instant now() {
        // Both databases keep microseconds: truncating here makes what is returned equal what is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Now, as the timestamp columns store it. */
    OffsetDateTime nowColumn() {
        return rows.time(now());
    }

    /**
     * One entry by id.
     *
     * @throws IllegalArgumentException when there is none
     */
    LedgerEntry get(long id) {
        return jdbc.sql("SELECT * FROM reply_ledger WHERE id = :id")
            .param("id", id)
            .query(rows)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("No reply ledger entry with id " + id));
    }

    /** Binds the fence of a change after a post: the entry's id and the version its delivery claimed. */
    static JdbcClient.StatementSpec fenced(JdbcClient.StatementSpec statement, LedgerEntry claimed) {
        return statement.param("id", claimed.id()).param("version", claimed.version());
    }

    /** The error as the {@code error} column keeps it: at most 2,000 characters. */
    static String abbreviate(String error) {
        return (error.length() <= MAX_ERROR_LENGTH) ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
