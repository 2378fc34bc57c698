package com.respondo.jobs;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** One-shot command lines: {@code --replay} is one like {@code --run}, and both take a model and prompt overrides. */
class OneShotEnvironmentPostProcessorTests {

    @Test
    void aReplayIsAOneShotCommandWithTheModelAndPromptsOfItsCommandLine() {
        StandardEnvironment environment = environment("--replay", "--tenant=loja-aurora", "--model=gpt-4o",
                "--prompts-dir=/tmp/prompts-v2");

        new OneShotEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.ai.openai.chat.model")).isEqualTo("gpt-4o");
        assertThat(environment.getProperty("respondo.llm.prompts-dir")).isEqualTo("/tmp/prompts-v2");
        assertThat(environment.getProperty("respondo.jobs.scheduler-enabled")).isEqualTo("false");
        assertThat(OneShotRun.requested("--replay", "--tenant=loja-aurora")).isTrue();
    }

    @Test
    void withoutAOneShotCommandTheModelOptionChangesNothing() {
        StandardEnvironment environment = environment("--model=gpt-4o");

        new OneShotEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.ai.openai.chat.model")).isNull();
        assertThat(environment.getProperty("respondo.jobs.scheduler-enabled")).isNull();
        assertThat(OneShotRun.requested("--model=gpt-4o", "--replayed")).isFalse();
    }

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }
}
