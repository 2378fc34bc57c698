package com.respondo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The engine of the test fakes of external services ({@link OpenAiFake}, {@link TempBoxFake}): a JDK
 * {@link HttpServer} on a loopback port (the pattern of Spring AI's {@code OpenAiAzureChatHttpTests}) that answers
 * from per-path answers, then a script, then a default answer, and records every request as it arrived. Faults are
 * answers: any status, any header, a malformed body (in the charset its {@code Content-Type} names), a delay, or a
 * request held until {@link #release()}; the server also counts the requests it holds at once and the connections
 * they came on, for the resilience tests.
 */
public class FakeHttpServer implements AutoCloseable {

    private static final Reply UNSET = Reply.of(500, "{}");

    /**
     * One answer. {@code held} keeps the request open until {@link #release()} (or 30 s); {@code delay} answers after
     * that long (sooner on {@link #release()}).
     */
    public record Reply(int status, Map<String, String> headers, String body, boolean held, Duration delay) {

        /** An answer with a JSON body (an empty body is sent as no body). */
        public static Reply of(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body, false,
                    Duration.ZERO);
        }

        /** An answer with no body and no {@code Content-Type}. */
        public static Reply of(int status) {
            return new Reply(status, Map.of(), "", false, Duration.ZERO);
        }

        /** This answer with one more header (or one header replaced). */
        public Reply withHeader(String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            headers.put(name, value);
            return new Reply(this.status, Map.copyOf(headers), this.body, this.held, this.delay);
        }

        public Reply heldUntilReleased() {
            return new Reply(this.status, this.headers, this.body, true, this.delay);
        }

        public Reply delayedBy(Duration delay) {
            return new Reply(this.status, this.headers, this.body, this.held, delay);
        }
    }

    /** A request as it arrived: what was sent, when ({@link System#nanoTime()}) and from which client socket. */
    public record Received(String method, String path, @Nullable String rawQuery, Map<String, List<String>> headers,
            String body, long nanoTime, InetSocketAddress client) {

        /** The first value of a header, whatever its case; empty when absent. */
        public String header(String name) {
            return this.headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElse("");
        }

        /** The path and the query string exactly as sent. */
        public String url() {
            return (this.rawQuery != null) ? this.path + "?" + this.rawQuery : this.path;
        }

        /** The query parameters, in order, decoded as an ASP.NET server decodes them. */
        public Map<String, String> query() {
            Map<String, String> parameters = new LinkedHashMap<>();
            if (this.rawQuery == null) {
                return parameters;
            }
            for (String pair : this.rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = (equals < 0) ? pair : pair.substring(0, equals);
                String value = (equals < 0) ? "" : pair.substring(equals + 1);
                parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return parameters;
        }
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final Map<String, Queue<Reply>> byPath = new ConcurrentHashMap<>();

    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final AtomicInteger inFlight = new AtomicInteger();

    private final AtomicInteger maxInFlight = new AtomicInteger();

    private volatile Function<Received, Reply> fallback = request -> UNSET;

    private volatile CountDownLatch gate = new CountDownLatch(1);

    public FakeHttpServer() {
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

    /** @return {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    /** Answers requests to {@code path} with {@code replies} in order, the last one from then on. */
    public void answerAt(String path, Reply... replies) {
        this.byPath.put(path, new ConcurrentLinkedQueue<>(List.of(replies)));
    }

    /** Answers the next requests (of paths without their own answers) with {@code replies}, in order. */
    public void script(Reply... replies) {
        this.script.addAll(List.of(replies));
    }

    /** The answer once the script is played (HTTP 500 {@code {}} until set). */
    public void answerByDefault(Reply reply) {
        this.fallback = request -> reply;
    }

    /** Answers, once the script is played, with what {@code responder} makes of each request. */
    public void answerByDefault(Function<Received, Reply> responder) {
        this.fallback = responder;
    }

    /** @return the requests received since the last reset, oldest first */
    public List<Received> received() {
        return List.copyOf(this.received);
    }

    public int requests() {
        return this.received.size();
    }

    /** @return the paths of the requests received since the last reset, oldest first */
    public List<String> paths() {
        return this.received.stream().map(Received::path).toList();
    }

    /** The time between the arrival of request {@code first} and the next one (0-based). */
    public Duration gapAfter(int first) {
        return Duration.ofNanos(this.received.get(first + 1).nanoTime() - this.received.get(first).nanoTime());
    }

    /** How many connections the requests since the last reset came on. */
    public long connections() {
        return this.received.stream().map(Received::client).distinct().count();
    }

    public int inFlight() {
        return this.inFlight.get();
    }

    public int maxInFlight() {
        return this.maxInFlight.get();
    }

    /** Lets the held and delayed requests answer. */
    public void release() {
        this.gate.countDown();
    }

    /** Releases held requests, forgets the answers, the requests received and the counts. */
    public void reset() {
        release();
        this.gate = new CountDownLatch(1);
        this.byPath.clear();
        this.script.clear();
        this.received.clear();
        this.maxInFlight.set(0);
        this.fallback = request -> UNSET;
    }

    @Override
    public void close() {
        release();
        this.server.stop(0);
        this.executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        int now = this.inFlight.incrementAndGet();
        this.maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), arrived,
                    exchange.getRemoteAddress());
            this.received.add(request);
            Reply reply = next(request);
            CountDownLatch gate = this.gate;
            if (reply.held()) {
                await(gate, Duration.ofSeconds(30));
            }
            else if (!reply.delay().isZero()) {
                await(gate, reply.delay());
            }
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] body = reply.body().getBytes(charset(reply));
            exchange.sendResponseHeaders(reply.status(), (body.length == 0) ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        catch (IOException ex) {
            // the client gave up on a held or delayed request: nothing to answer
        }
        finally {
            this.inFlight.decrementAndGet();
        }
    }

    private Reply next(Received request) {
        Queue<Reply> own = this.byPath.get(request.path());
        if (own != null) {
            Reply reply = (own.size() > 1) ? own.poll() : own.peek();
            if (reply != null) {
                return reply;
            }
        }
        Reply scripted = this.script.poll();
        return (scripted != null) ? scripted : this.fallback.apply(request);
    }

    /** The charset the answer's {@code Content-Type} names, UTF-8 otherwise. */
    private static Charset charset(Reply reply) {
        return reply.headers().entrySet().stream()
            .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
            .map(header -> MediaType.parseMediaType(header.getValue()).getCharset())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
