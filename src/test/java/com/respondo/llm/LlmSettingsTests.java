package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * In the prod profile a missing or invalid OpenAI setting stops start-up with one message naming the property and
 * its environment variable, never the key; the sandbox profile brings its own LLM and is not checked.
 */
@ExtendWith(OutputCaptureExtension.class)
class LlmSettingsTests {

    private static final String KEY = "sk-live-SeCrEt-4f9Q2w";

    @Test
    void aMissingKeyInProdStopsStartUpWithOneMessageNamingIt(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("prod", "--spring.ai.openai.api-key= "));

        assertThat(failure).isInstanceOf(LlmSettingsException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The LLM settings are missing or invalid",
                "spring.ai.openai.api-key (environment variable SPRING_AI_OPENAI_API_KEY): missing")
            .doesNotContain("\tat org.springframework", "\tat com.respondo");
    }

    @Test
    void aBaseUrlThatIsNotAnApiRootIsNamedWithoutShowingTheKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("prod", "--spring.ai.openai.api-key=" + KEY,
                "--spring.ai.openai.base-url=https://llm.example.com"));

        assertThat(failure).isInstanceOf(LlmSettingsException.class);
        assertThat(output.getAll()).contains("spring.ai.openai.base-url (environment variable "
                + "SPRING_AI_OPENAI_BASE_URL): must be an absolute http(s) URL ending in /v1 "
                + "(value \"https://llm.example.com\")")
            .doesNotContain(KEY);
    }

    @Test
    void aBlankModelIsNamed(CapturedOutput output) {
        catchThrowable(() -> start("prod", "--spring.ai.openai.api-key=" + KEY, "--spring.ai.openai.chat.model="));

        assertThat(output.getAll()).contains(
                "spring.ai.openai.chat.model (environment variable SPRING_AI_OPENAI_CHAT_MODEL): missing")
            .doesNotContain(KEY);
    }

    @Test
    void aKeyAndAnApiRootStartInProd() {
        start("prod", "--spring.ai.openai.api-key=" + KEY, "--spring.ai.openai.base-url=http://127.0.0.1:9/v1/")
            .close();
    }

    @Test
    void theSandboxProfileIsNotChecked() {
        start("sandbox", "--spring.ai.openai.api-key=").close();
    }

    private static ConfigurableApplicationContext start(String profile, String... args) {
        return new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .profiles(profile)
            .run(args);
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }
}
