package com.respondo.testsupport;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database that a worker JVM and its restarts keep their data in, and the test's way to read it: the default H2
 * file in a data directory (readable once the worker is gone: the file is locked while it runs), or a fresh
 * PostgreSQL database (profiles {@code prod,postgres}; the calling test is skipped when PostgreSQL does not answer).
 */
public final class WorkerDatabase implements AutoCloseable {

    private final Function<WorkerProcess.Builder, WorkerProcess.Builder> settings;

    private final String readUrl;

    private final String username;

    private final Runnable drop;

    private WorkerDatabase(Function<WorkerProcess.Builder, WorkerProcess.Builder> settings, String readUrl,
            String username, Runnable drop) {
        this.settings = settings;
        this.readUrl = readUrl;
        this.username = username;
        this.drop = drop;
    }

    /** The default database: the H2 file that {@code application.yml} names under {@code respondo.data-dir}. */
    public static WorkerDatabase h2File(Path dataDir) {
        return new WorkerDatabase(worker -> worker.property("respondo.data-dir", dataDir.toString()),
                "jdbc:h2:file:" + dataDir.resolve("respondo") + ";ACCESS_MODE_DATA=r", "sa", () -> {
                });
    }

    /** A fresh PostgreSQL database on the local server, dropped on {@link #close()}. */
    public static WorkerDatabase postgres(String prefix) {
        PostgresTestDatabase database = PostgresTestDatabase.create(prefix);
        return new WorkerDatabase(worker -> worker.property("spring.profiles.active", "prod,postgres")
            .environment("SPRING_DATASOURCE_URL", database.url())
            .environment("SPRING_DATASOURCE_USERNAME", database.username())
            .environment("SPRING_DATASOURCE_PASSWORD", ""), database.url(), database.username(), database::close);
    }

    /** The worker's settings for this database. */
    public WorkerProcess.Builder configure(WorkerProcess.Builder worker) {
        return settings.apply(worker);
    }

    /** Runs a query on a connection of its own (for H2, only once no worker runs on the file). */
    public <T> T read(Function<JdbcClient, T> query) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(readUrl, username, "", true);
        try {
            return query.apply(JdbcClient.create(dataSource));
        }
        finally {
            dataSource.destroy();
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
