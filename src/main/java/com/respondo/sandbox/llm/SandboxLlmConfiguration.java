package com.respondo.sandbox.llm;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import tools.jackson.databind.json.JsonMapper;

/** The sandbox LLM's beans, in profile {@code sandbox} only. */
@Configuration(proxyBeanMethods = false)
@Profile("sandbox")
@EnableConfigurationProperties(SandboxLlmProperties.class)
class SandboxLlmConfiguration {

    /** The sandbox's own mapper: a {@code JsonMapper} bean would replace the application's. */
    private final JsonMapper json = JsonMapper.builder().build();

    @Bean
    SandboxLlmControls sandboxLlmControls(SandboxLlmProperties properties) {
        return new SandboxLlmControls(properties);
    }

    @Bean
    SandboxLlmResponder sandboxLlmResponder() {
        return new SandboxLlmResponder(this.json);
    }

    @Bean
    ChatCompletions sandboxLlmCompletions() {
        return new ChatCompletions(this.json, Clock.systemUTC());
    }
}
