package com.respondo.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.dao.DataAccessException;

import com.respondo.privacy.SecretMasker;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The {@link Llm} port on Spring AI's {@link ChatModel}: system and user parts as two messages (the system part ends
 * with Spring AI's JSON format instructions), one call without retry, the answer parsed into the record and
 * validated, the usage written to {@code llm_usage}. The model is called directly, with the request a
 * {@code ChatClient} would send (the model's default options with Respondo's on top), without the client's advisor
 * chain and its own observation, which cost CPU on every call and added nothing here.
 */
class SpringAiLlm implements Llm {

    private static final Logger log = LoggerFactory.getLogger(SpringAiLlm.class);

    private final ChatModel chatModel;

    private final PromptTemplates templates;

    private final Validator validator;

    private final LlmUsageRepository usage;

    private final LlmProperties properties;

    /** The configured secrets, masked in the raw answer kept for the trace. */
    private final List<String> secrets;

    /** Converters hold the output type's JSON schema, generated once per type. */
    private final Map<Class<?>, ParsedAnswer.Converter<?>> converters = new ConcurrentHashMap<>();

    /** The options of each tenant's prompt, merged once: they differ only by the prompt cache key. */
    private final Map<String, ChatOptions> options = new ConcurrentHashMap<>();

    SpringAiLlm(ChatModel chatModel, PromptTemplates templates, Validator validator, LlmUsageRepository usage,
            LlmProperties properties) {
        this(chatModel, templates, validator, usage, properties, List.of());
    }

    /** @param secrets the configured secrets ({@link SecretMasker#maskable}), masked in the raw answer kept */
    SpringAiLlm(ChatModel chatModel, PromptTemplates templates, Validator validator, LlmUsageRepository usage,
            LlmProperties properties, List<String> secrets) {
        this.secrets = secrets;
        this.chatModel = chatModel;
        this.templates = templates;
        this.validator = validator;
        this.usage = usage;
        this.properties = properties;
    }

    @Override
    public <T> LlmAnswer<T> ask(LlmRequest request, Class<T> outputType) {
        RenderedPrompt prompt = this.templates.render(request.prompt(), request.tenantId(), request.variables());
        ParsedAnswer.Converter<T> converter = converter(outputType);
        long start = System.nanoTime();
        ChatResponse chat = call(request, prompt, converter);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        if (chat == null) {
            throw new LlmAnswerException(describe(request) + ": no answer");
        }
        String model = model(chat);
        Usage tokens = chat.getMetadata().getUsage();
        int promptTokens = count(tokens.getPromptTokens());
        int completionTokens = count(tokens.getCompletionTokens());
        Long cached = tokens.getCacheReadInputTokens();
        int cachedTokens = cached == null ? 0 : (int) Math.min(Math.max(cached, 0), promptTokens);
        record(new LlmUsage(request.tenantId(), request.step(), request.conversationId(), request.prompt(), model,
                promptTokens, completionTokens, latency, Instant.now(), cachedTokens));
        String text = text(chat);
        T value = value(request, chat, (text != null) ? converter.convert(text) : null, outputType);
        log.debug("LLM {} for tenant {} step {} conversation {}: {} + {} tokens in {} ms ({})", request.prompt(),
                request.tenantId(), request.step(), request.conversationId(), promptTokens, completionTokens,
                latency.toMillis(), model);
        return new LlmAnswer<>(value, promptTokens, completionTokens, latency, model, cachedTokens,
                prompt.fileVersion(), raw(text));
    }

    private @Nullable ChatResponse call(LlmRequest request, RenderedPrompt prompt,
            ParsedAnswer.Converter<?> converter) {
        try {
            return this.chatModel.call(new Prompt(
                    List.of(new SystemMessage(stablePrefix(prompt, converter)), new UserMessage(prompt.user())),
                    options(request, converter)));
        }
        catch (RuntimeException ex) {
            LlmException translated = LlmErrors.translate(ex, request);
            log.debug("{}", translated.getMessage());
            throw translated;
        }
    }

    /**
     * The system message: the prompt's stable part (instructions, company context, canned messages) followed by the
     * answer's format instructions and JSON schema, all of it the same bytes on every call of a tenant's prompt, so a
     * provider's prompt cache serves it; the conversation comes after, in the user message.
     */
    private static String stablePrefix(RenderedPrompt prompt, ParsedAnswer.Converter<?> converter) {
        return prompt.system() + "\n\n" + converter.instructions();
    }

    @SuppressWarnings("unchecked")
    private <T> ParsedAnswer.Converter<T> converter(Class<T> outputType) {
        return (ParsedAnswer.Converter<T>) this.converters.computeIfAbsent(outputType, ParsedAnswer.Converter::new);
    }

    /**
     * The model's default options ({@code spring.ai.openai.chat.*}: model, temperature...) with Respondo's on top, as
     * {@code ChatClient} merges them, once per tenant, prompt and answer type.
     */
    private ChatOptions options(LlmRequest request, ParsedAnswer.Converter<?> converter) {
        return this.options.computeIfAbsent(request.tenantId() + '/' + request.prompt() + '/' + converter.type(),
                key -> this.chatModel.getOptions().mutate().combineWith(respondoOptions(request, converter)).build());
    }

    private OpenAiChatOptions.Builder respondoOptions(LlmRequest request, ParsedAnswer.Converter<?> converter) {
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder();
        if (this.properties.structuredOutput() == LlmProperties.StructuredOutput.NATIVE) {
            options.responseFormat(OpenAiChatModel.ResponseFormat.builder()
                .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
                .jsonSchema(converter.strictSchema())
                .strict(true)
                .build());
        }
        options.timeout(this.properties.timeout());
        if (this.properties.maxCompletionTokens() != null) {
            options.maxCompletionTokens(this.properties.maxCompletionTokens());
        }
        if (this.properties.promptCacheKey()) {
            options.promptCacheKey("respondo-" + request.tenantId() + "-" + request.prompt());
        }
        return options;
    }

    /** The answer's text, as {@code ChatClient} reads it: the first generation's output. */
    private static @Nullable String text(ChatResponse chat) {
        Generation generation = chat.getResult();
        return (generation != null) ? generation.getOutput().getText() : null;
    }

    private <T> T value(LlmRequest request, ChatResponse chat, @Nullable ParsedAnswer<T> parsed, Class<T> type) {
        Generation generation = chat.getResult();
        String finishReason = (generation != null) ? generation.getMetadata().getFinishReason() : null;
        if ("content_filter".equalsIgnoreCase(finishReason)) {
            throw new LlmAnswerException(describe(request) + ": the model refused to answer (content filter)");
        }
        if (parsed == null) {
            throw new LlmAnswerException(describe(request) + ": the model gave no answer (finish reason "
                    + finishReason + ")");
        }
        if (parsed.value() == null) {
            throw new LlmAnswerException(describe(request) + ": " + parsed.problem()
                    + ("length".equalsIgnoreCase(finishReason) ? ", cut at the token limit" : ""));
        }
        T value = parsed.value();
        Set<ConstraintViolation<T>> violations = this.validator.validate(value);
        if (!violations.isEmpty()) {
            throw new LlmAnswerException(describe(request) + ": the answer breaks the constraints of "
                    + type.getSimpleName() + ": " + violations.stream()
                        .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                        .sorted()
                        .collect(Collectors.joining(", ")));
        }
        return value;
    }

    /** The model's text for the trace: the configured secrets masked, bounded. */
    private String raw(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String bounded = (text.length() > LlmAnswer.MAX_RAW) ? text.substring(0, LlmAnswer.MAX_RAW) + "…" : text;
        String masked = SecretMasker.mask(bounded, this.secrets);
        return (masked != null) ? masked : "";
    }

    private void record(LlmUsage call) {
        try {
            this.usage.record(call);
        }
        catch (DataAccessException ex) {
            // The answer was paid for and is still used; only the accounting is lost.
            log.warn("Could not record the LLM usage of tenant {} step {}: {}", call.tenantId(), call.step(),
                    ex.getMostSpecificCause().getMessage());
        }
    }

    private static String model(ChatResponse chat) {
        String model = chat.getMetadata().getModel();
        return (model != null && !model.isBlank()) ? model : "unknown";
    }

    private static int count(@Nullable Integer tokens) {
        return (tokens != null) ? tokens : 0;
    }

    private static String describe(LlmRequest request) {
        return "LLM answer to prompt '" + request.prompt() + "' (tenant " + request.tenantId() + ")";
    }
}
