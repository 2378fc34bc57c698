package com.respondo.llm;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.respondo.privacy.ConfiguredSecrets;
import com.respondo.privacy.SecretMasker;

import jakarta.validation.Validator;

/**
 * Assembles the LLM port from the auto-configured Spring AI {@link ChatModel} (OpenAI, {@code spring.ai.openai.*}),
 * the prompt files and the usage table, measured by {@link MeteredLlm} when there is a meter registry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    @Bean
    PromptTemplates promptTemplates(LlmProperties properties) {
        return new PromptTemplates(properties.promptsDir());
    }

    @Bean
    LlmUsageRepository llmUsageRepository(JdbcClient jdbcClient) {
        return new LlmUsageRepository(jdbcClient);
    }

    /** The adapter alone; the application injects the protected {@code Llm} that wraps it. */
    @Bean
    Llm springAiLlm(ChatModel chatModel, PromptTemplates templates, Validator validator, LlmUsageRepository usage,
            LlmProperties properties, ObjectProvider<MeterRegistry> meterRegistry, ConfigurableEnvironment environment) {
        Llm llm = new SpringAiLlm(chatModel, templates, validator, usage, properties,
                SecretMasker.maskable(ConfiguredSecrets.of(environment)));
        MeterRegistry registry = meterRegistry.getIfAvailable();
        return (registry != null) ? new MeteredLlm(llm, registry) : llm;
    }
}
