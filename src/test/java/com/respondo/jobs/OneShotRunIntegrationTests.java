package com.respondo.jobs;

import java.util.UUID;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.FakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot runs ({@code --run=<job>}) inside this JVM: the job runs once, one summary line is printed, and the exit
 * code tells how it ended.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneShotRunIntegrationTests {

    @Test
    void aCompletedRunPrintsOneSummaryLineAndExitsWithZero(CapturedOutput output) {
        ConfigurableApplicationContext context = run(null, "--run=replies", "--tenant=padaria-sol");

        int exitCode = SpringApplication.exit(context);

        assertThat(exitCode).isZero();
        assertThat(output.getOut().lines().filter(line -> line.startsWith("job=")))
            .singleElement()
            .satisfies(line -> assertThat(line).matches("job=replies execution=\\d+ status=COMPLETED "
                    + "tenants=padaria-sol duration=\\d+ms steps: initial-response\\[read=3 written=2 filtered=1 "
                    + "skipped=0 failedPartitions=0\\] bot-reply\\[.*\\] ai-reply\\[read=3 written=2 filtered=1 "
                    + "skipped=0 failedPartitions=0\\]"));
    }

    @Test
    void inTheSandboxProfileTheServerListensOnlyOnLoopbackForTheSandboxAndNoScheduleRuns() {
        ConfigurableApplicationContext context = run(null, "--run=data-collection", "--dry-run");
        try {
            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isPositive();
            assertThat(context.getEnvironment().getProperty("respondo.jobs.scheduler-enabled")).isEqualTo("false");
            assertThat(context.getBean(FakeSteps.class).settingsSeen()).allMatch(StepSettings::dryRun);
        }
        finally {
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void aFailedRunExitsWithOne(CapturedOutput output) {
        ConfigurableApplicationContext context = run("padaria-sol", "--run=data-collection");

        assertThat(SpringApplication.exit(context)).isEqualTo(OneShotRun.NOT_COMPLETED);
        assertThat(output.getOut()).containsPattern("job=data-collection execution=\\d+ status=FAILED ");
    }

    @Test
    void anUnknownJobIsNotLaunchedAndExitsWithTwo(CapturedOutput output) {
        ConfigurableApplicationContext context = run(null, "--run=nightly");

        assertThat(SpringApplication.exit(context)).isEqualTo(OneShotRun.NOT_LAUNCHED);
        assertThat(output.getOut()).contains("job=nightly not launched: No job named 'nightly'");
    }

    @Test
    void theCommandLineAsksForAOneShotRunOnlyWithTheRunOption() {
        assertThat(OneShotRun.requested("--run=replies")).isTrue();
        assertThat(OneShotRun.requested("--server.port=0", "--run=replies", "--tenant=x")).isTrue();
        assertThat(OneShotRun.requested("--runner=x", "run=replies")).isFalse();
    }

    /**
     * Runs the application like {@code main} does, with the fake steps; {@code failingTenant}'s partitions fail.
     */
    private static ConfigurableApplicationContext run(String failingTenant, String... args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(RespondoApplication.class,
                FakeJobsConfiguration.class);
        if (failingTenant != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof FakeSteps steps) {
                        steps.failFor(failingTenant);
                    }
                    return bean;
                }
            }));
        }
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--respondo.admin.password=test-admin-password";
        all[args.length + 1] = "--spring.datasource.url=jdbc:h2:mem:one-shot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return builder.run(all);
    }
}
