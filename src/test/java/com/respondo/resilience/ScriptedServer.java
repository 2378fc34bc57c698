package com.respondo.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A JDK HTTP server on a loopback port that plays a script of answers (then a default one) and records, for each
 * request, its path and the instant it arrived, plus how many requests it held at once: the fault injector for the
 * protection layer's tests, which measure waits and concurrency on the server's side.
 */
final class ScriptedServer implements AutoCloseable {

    /** One answer; {@code held} keeps the request open until {@link #release()} (or 30 s). */
    record Reply(int status, Map<String, String> headers, String body, boolean held) {

        static Reply of(int status, String body) {
            return new Reply(status, Map.of(), body, false);
        }

        Reply withHeader(String name, String value) {
            return new Reply(this.status, Map.of(name, value), this.body, this.held);
        }

        Reply heldUntilReleased() {
            return new Reply(this.status, this.headers, this.body, true);
        }
    }

    /** A request as it arrived, and the client's end of the connection it came on. */
    record Arrival(String path, long nanoTime, InetSocketAddress client) {
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();

    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    private final AtomicInteger inFlight = new AtomicInteger();

    private final AtomicInteger maxInFlight = new AtomicInteger();

    private volatile Reply fallback = Reply.of(500, "{}");

    private volatile CountDownLatch gate = new CountDownLatch(1);

    ScriptedServer() {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.server.createContext("/", this::handle);
        this.server.setExecutor(this.executor);
        this.server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    /** Answers the next requests with {@code replies}, in order, then with the default answer. */
    void script(Reply... replies) {
        this.script.addAll(List.of(replies));
    }

    /** The answer once the script is played. */
    void answerByDefault(Reply reply) {
        this.fallback = reply;
    }

    List<Arrival> arrivals() {
        return List.copyOf(this.arrivals);
    }

    int requests() {
        return this.arrivals.size();
    }

    /** The time between the arrival of request {@code first} and the next one (0-based). */
    Duration gapAfter(int first) {
        return Duration.ofNanos(this.arrivals.get(first + 1).nanoTime() - this.arrivals.get(first).nanoTime());
    }

    /** How many connections the requests since the last reset came on. */
    long connections() {
        return this.arrivals.stream().map(Arrival::client).distinct().count();
    }

    int inFlight() {
        return this.inFlight.get();
    }

    int maxInFlight() {
        return this.maxInFlight.get();
    }

    /** Lets the held requests answer. */
    void release() {
        this.gate.countDown();
    }

    /** Releases held requests, forgets the script, the arrivals and the counts. */
    void reset() {
        release();
        this.gate = new CountDownLatch(1);
        this.script.clear();
        this.arrivals.clear();
        this.maxInFlight.set(0);
        this.fallback = Reply.of(500, "{}");
    }

    @Override
    public void close() {
        release();
        this.server.stop(0);
        this.executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        this.arrivals.add(new Arrival(exchange.getRequestURI().getPath(), System.nanoTime(),
                exchange.getRemoteAddress()));
        int now = this.inFlight.incrementAndGet();
        this.maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            Reply reply = next();
            if (reply.held()) {
                await(this.gate);
            }
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        catch (IOException ex) {
            // the client gave up on a held request: nothing to answer
        }
        finally {
            this.inFlight.decrementAndGet();
        }
    }

    private Reply next() {
        Reply scripted = this.script.poll();
        return (scripted != null) ? scripted : this.fallback;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> paths(List<Arrival> arrivals) {
        List<String> paths = new ArrayList<>();
        arrivals.forEach(arrival -> paths.add(arrival.path()));
        return paths;
    }
}
