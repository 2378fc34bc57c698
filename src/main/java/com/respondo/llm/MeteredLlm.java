package com.respondo.llm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Measures every LLM call: the timer {@code respondo.llm.calls} (latency, tagged tenant, step, prompt and outcome:
 * {@code success}, {@code unavailable}, {@code unusable-answer}, {@code rejected}, {@code prompt-error},
 * {@code error}) and the counter {@code respondo.llm.tokens} (tagged tenant, step and type {@code prompt} or
 * {@code completion}), so that Prometheus shows latency and token spend per tenant and step. Each meter is
 * registered once and kept, not looked up through a new builder on every call.
 */
final class MeteredLlm implements Llm {

    static final String CALLS = "respondo.llm.calls";

    static final String TOKENS = "respondo.llm.tokens";

    private final Llm delegate;

    private final MeterRegistry registry;

    private final Map<CallKey, Timer> calls = new ConcurrentHashMap<>();

    private final Map<TokensKey, Counter> tokens = new ConcurrentHashMap<>();

    MeteredLlm(Llm delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public <T> LlmAnswer<T> ask(LlmRequest request, Class<T> outputType) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            LlmAnswer<T> answer = delegate.ask(request, outputType);
            outcome = "success";
            tokens(request, "prompt").increment(answer.promptTokens());
            tokens(request, "completion").increment(answer.completionTokens());
            return answer;
        }
        catch (LlmUnavailableException ex) {
            outcome = "unavailable";
            throw ex;
        }
        catch (LlmAnswerException ex) {
            outcome = "unusable-answer";
            throw ex;
        }
        catch (LlmRejectedException ex) {
            outcome = "rejected";
            throw ex;
        }
        catch (PromptTemplateException ex) {
            outcome = "prompt-error";
            throw ex;
        }
        finally {
            sample.stop(this.calls.computeIfAbsent(
                    new CallKey(request.tenantId(), request.step(), request.prompt(), outcome), this::register));
        }
    }

    private Counter tokens(LlmRequest request, String type) {
        return this.tokens.computeIfAbsent(new TokensKey(request.tenantId(), request.step(), type), this::register);
    }

    private Timer register(CallKey key) {
        return Timer.builder(CALLS)
            .description("LLM calls: time to the parsed answer")
            .tag("tenant", key.tenantId())
            .tag("step", key.step())
            .tag("prompt", key.prompt())
            .tag("outcome", key.outcome())
            .register(registry);
    }

    private Counter register(TokensKey key) {
        return Counter.builder(TOKENS)
            .description("LLM tokens, as the model's server counted them")
            .tag("tenant", key.tenantId())
            .tag("step", key.step())
            .tag("type", key.type())
            .register(registry);
    }

    private record CallKey(String tenantId, String step, String prompt, String outcome) {
    }

    private record TokensKey(String tenantId, String step, String type) {
    }
}
