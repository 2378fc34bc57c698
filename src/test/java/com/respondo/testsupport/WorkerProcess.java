package com.respondo.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.respondo.RespondoApplication;
import com.respondo.sandbox.SandboxCompany;

import static org.awaitility.Awaitility.await;

/**
 * A Respondo worker in a JVM of its own, as an operator runs it: the application's class path (the test classes and
 * test resources left out), {@code RespondoApplication} as main class, settings as command-line properties, its
 * output in a log file. Tests kill it for real ({@code kill -9}: {@link #kill()}) or stop it as a service manager
 * does (SIGTERM: {@link #stop()}).
 * <p>
 * {@link #againstSandbox} prepares a worker in the {@code prod} profile that talks to the sandbox TempBox and
 * sandbox LLM served by another application (usually the test's own context), for its seeded companies.
 */
public final class WorkerProcess implements AutoCloseable {

    /** The admin password of every worker started here. */
    public static final String ADMIN_PASSWORD = "worker-admin-password";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;

    private final int port;

    private final Path log;

    private final Process process;

    private WorkerProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * A worker for the sandbox companies of the application listening on {@code sandboxPort}: profile {@code prod},
     * its TempBox the sandbox TempBox, its LLM the sandbox LLM, its own port, admin password and data directory
     * (an H2 file there unless {@code spring.datasource.url} is given), the scheduler off unless a test turns it on.
     */
    public static Builder againstSandbox(String name, int sandboxPort, List<SandboxCompany> companies, Path work) {
        Builder builder = new Builder(name, work)
            .property("spring.profiles.active", "prod")
            .property("respondo.tempbox.base-url", "http://127.0.0.1:" + sandboxPort + "/sandbox/tempbox")
            .property("spring.ai.openai.base-url", "http://127.0.0.1:" + sandboxPort + "/sandbox/llm/v1")
            .property("spring.ai.openai.api-key", "sk-worker-test-key")
            .property("respondo.admin.password", ADMIN_PASSWORD)
            .property("respondo.data-dir", work.resolve(name + "-data").toString())
            .property("respondo.jobs.scheduler-enabled", "false")
            // the partitions a worker took and ended, and its scheduled launches, are DEBUG lines, and Spring
            // Batch's "completed ... with the following status" line is off by default; the scale-out and crash
            // tests read them
            .property("logging.level.com.respondo.jobs.PartitionClaims", "debug")
            .property("logging.level.com.respondo.jobs.JobLaunches", "debug")
            .property("logging.level.org.springframework.batch.core.launch.support.TaskExecutorJobLauncher", "info");
        for (int i = 0; i < companies.size(); i++) {
            SandboxCompany company = companies.get(i);
            String tenant = "respondo.tempbox.tenants[" + i + "].";
            builder.property(tenant + "id", company.id())
                .property(tenant + "name", company.name())
                .property(tenant + "empresa", company.empresa().toString())
                .property(tenant + "token", company.token())
                .property(tenant + "atendente", company.bot().toString());
        }
        return builder;
    }

    /** The worker's HTTP port. */
    public int port() {
        return port;
    }

    /** The worker's base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything the worker wrote so far. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Where the worker's output goes. */
    public Path logFile() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the worker answers its liveness probe (or fails with its log when it died). */
    public WorkerProcess awaitUp(Duration timeout) {
        await(name + " up").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + ":\n" + tail());
            }
            return live();
        });
        return this;
    }

    private boolean live() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/actuator/health/liveness")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An admin API call with the worker's credentials; the body of the answer. */
    public HttpResponse<String> admin(String method, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", AdminClients.basicAuthorization(ADMIN_PASSWORD))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** {@code kill -9}: the JVM ends at once, without shutdown hooks, mid-whatever it was doing. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM, as a service manager stops a service: graceful shutdown, then waits for the JVM to end. */
    public int stop() {
        process.destroy();
        return waitFor();
    }

    private int waitFor() {
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            return process.exitValue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Waits for the worker to end by itself (a one-shot run) and answers its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still running after " + timeout + ":\n" + tail());
            }
            return process.exitValue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The log's lines that mention the text (a conversation's id, say), indented, for reports. */
    public String linesAbout(String text) {
        return log().lines().filter(line -> line.contains(text)).map(line -> "    " + line)
            .collect(Collectors.joining("\n"));
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** A free loopback port. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** What to start: settings, JVM options, environment. */
    public static final class Builder {

        private final String name;

        private final Path work;

        private final Map<String, String> properties = new LinkedHashMap<>();

        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));

        private final List<String> arguments = new ArrayList<>();

        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(String name, Path work) {
            this.name = name;
            this.work = work;
        }

        /** A setting, given as {@code --key=value}. */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** A further command-line argument, e.g. {@code --run=replies}. */
        public Builder argument(String argument) {
            arguments.add(argument);
            return this;
        }

        /** Replaces the JVM options (defaults: 512 MB heap, serial GC, C1 only: quick to start, light on 2 cores). */
        public Builder jvmOptions(String... options) {
            jvmOptions.clear();
            jvmOptions.addAll(Arrays.asList(options));
            return this;
        }

        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        /** Starts the worker on a free port (or the {@code server.port} given). */
        public WorkerProcess start() {
            int port = Integer.parseInt(properties.computeIfAbsent("server.port", key -> String.valueOf(freePort())));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(applicationClassPath());
            command.add(RespondoApplication.class.getName());
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            command.addAll(arguments);
            try {
                Files.createDirectories(work);
                Path log = work.resolve(name + ".log");
                ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().putAll(environment);
                return new WorkerProcess(name, port, log, builder.start());
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start " + name, ex);
            }
        }

        /** The test JVM's class path without the test classes and test resources: what the application ships. */
        private static String applicationClassPath() {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path testClasses = Path.of(WorkerProcess.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).toAbsolutePath();
            return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
        }
    }
}
