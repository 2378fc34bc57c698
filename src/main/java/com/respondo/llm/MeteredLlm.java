package com.respondo.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Measures every LLM call: the timer {@code respondo.llm.calls} (latency, tagged tenant, step, prompt and outcome:
 * {@code success}, {@code unavailable}, {@code unusable-answer}, {@code rejected}, {@code prompt-error},
 * {@code error}) and the counter {@code respondo.llm.tokens} (tagged tenant, step and type {@code prompt} or
 * {@code completion}), so that Prometheus shows latency and token spend per tenant and step.
 */
final class MeteredLlm implements Llm {

    static final String CALLS = "respondo.llm.calls";

    static final String TOKENS = "respondo.llm.tokens";

    private final Llm delegate;

    private final MeterRegistry registry;

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
            sample.stop(Timer.builder(CALLS)
                .description("LLM calls: time to the parsed answer")
                .tag("tenant", request.tenantId())
                .tag("step", request.step())
                .tag("prompt", request.prompt())
                .tag("outcome", outcome)
                .register(registry));
        }
    }

    private Counter tokens(LlmRequest request, String type) {
        return Counter.builder(TOKENS)
            .description("LLM tokens, as the model's server counted them")
            .tag("tenant", request.tenantId())
            .tag("step", request.step())
            .tag("type", type)
            .register(registry);
    }
}
