package com.respondo.sandbox.llm;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.util.Assert;

/**
 * The sandbox LLM's knobs at run time, for tests and benchmarks: apply other settings, go back to the configured
 * ones, and read how many requests were served.
 */
public class SandboxLlmControls {

    /** What happens to one request. */
    enum Fault {
        NONE, TIMEOUT, ERROR, RATE_LIMIT, MALFORMED
    }

    private final SandboxLlmProperties configured;

    private volatile SandboxLlmProperties settings;

    private final AtomicLong requests = new AtomicLong();

    private final AtomicLong timeouts = new AtomicLong();

    private final AtomicLong errors = new AtomicLong();

    private final AtomicLong rateLimits = new AtomicLong();

    private final AtomicLong malformed = new AtomicLong();

    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final AtomicLong promptTokens = new AtomicLong();

    private final AtomicLong repeatedPrefixTokens = new AtomicLong();

    /** The system messages seen (their text), to tell a repeated prefix as a provider's prompt cache would. */
    private final Set<String> prefixes = ConcurrentHashMap.newKeySet();

    public SandboxLlmControls(SandboxLlmProperties configured) {
        this.configured = configured;
        this.settings = configured;
        for (Fault fault : Fault.values()) {
            this.injected.put(fault, new AtomicLong());
        }
    }

    /** @return the settings in force */
    public SandboxLlmProperties settings() {
        return this.settings;
    }

    /** Puts other settings in force, from the next request on. */
    public void apply(SandboxLlmProperties settings) {
        Assert.notNull(settings, "settings must not be null");
        this.settings = settings;
    }

    /** Goes back to the configured settings and zeroes the request count. */
    public void reset() {
        this.settings = this.configured;
        this.requests.set(0);
        this.timeouts.set(0);
        this.errors.set(0);
        this.rateLimits.set(0);
        this.malformed.set(0);
        this.injected.values().forEach(count -> count.set(0));
        this.promptTokens.set(0);
        this.repeatedPrefixTokens.set(0);
        this.prefixes.clear();
    }

    /** @return how many chat completion requests arrived since start-up or the last {@link #reset()} */
    public long requests() {
        return this.requests.get();
    }

    /**
     * @return how many requests got each kind of fault ({@code TIMEOUT}, {@code ERROR}, {@code RATE_LIMIT},
     *     {@code MALFORMED}) since start-up or the last {@link #reset()}, so that a test can tell its faults fired
     */
    public Map<String, Long> injectedFaults() {
        Map<String, Long> counts = new TreeMap<>();
        this.injected.forEach((fault, count) -> {
            if (fault != Fault.NONE) {
                counts.put(fault.name(), count.get());
            }
        });
        return counts;
    }

    /**
     * @return the prompt tokens the sandbox LLM reported in its answers since start-up or the last {@link #reset()}
     */
    public long promptTokens() {
        return this.promptTokens.get();
    }

    /**
     * @return of {@link #promptTokens()}, those of system messages byte-identical to an earlier request's: the prefix
     *     a provider's prompt cache can reuse (OpenAI's needs prompts of 1,024 tokens or more; the sandbox reports it
     *     whatever the length)
     */
    public long cachedPromptTokens() {
        return this.repeatedPrefixTokens.get();
    }

    /**
     * Records the usage of one answered request: its prompt tokens, and whether its system message repeats an earlier
     * one byte for byte; answers the tokens of that repeated prefix (0 the first time).
     */
    int recordUsage(String system, int promptTokens, int systemTokens) {
        if (this.prefixes.size() > 10_000) {
            this.prefixes.clear();
        }
        int repeated = this.prefixes.add(system) ? 0 : systemTokens;
        this.promptTokens.addAndGet(promptTokens);
        this.repeatedPrefixTokens.addAndGet(repeated);
        return repeated;
    }

    /** Counts a request and decides its fate: each kind of fault fires on its exact share of the requests. */
    Fault next() {
        Fault fault = decide();
        this.injected.get(fault).incrementAndGet();
        return fault;
    }

    private Fault decide() {
        this.requests.incrementAndGet();
        SandboxLlmProperties current = this.settings;
        if (fires(current.timeoutRate(), this.timeouts)) {
            return Fault.TIMEOUT;
        }
        if (fires(current.errorRate(), this.errors)) {
            return Fault.ERROR;
        }
        if (fires(current.rateLimitRate(), this.rateLimits)) {
            return Fault.RATE_LIMIT;
        }
        if (fires(current.malformedRate(), this.malformed)) {
            return Fault.MALFORMED;
        }
        return Fault.NONE;
    }

    private static boolean fires(double rate, AtomicLong counter) {
        if (rate <= 0) {
            return false;
        }
        long n = counter.getAndIncrement();
        return Math.floor((n + 1) * rate) > Math.floor(n * rate);
    }
}
