package com.respondo.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class InvalidJobFileStartupIntegrationTests {

    @Test
    void anInvalidJobFileStopsStartUpWithOneMessageNamingTheFileAndTheField(CapturedOutput output)
            throws IOException {
        // Not a @TempDir: its name's random digits sometimes pass for a card number, which the log masking hides.
        Path dir = Files.createDirectories(Path.of("target", "invalid-job-file").toAbsolutePath());
        Path file = dir.resolve("replies.yml");
        Files.writeString(file, """
                schedule: {fixed-delay: 15 seconds}
                steps: [{name: ai-reply}]
                """);

        assertThatException().isThrownBy(() -> new SpringApplicationBuilder(RespondoApplication.class,
                FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .run("--respondo.jobs.dir=" + dir, "--respondo.admin.password=test-admin-password"));

        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("Invalid job definition: " + file.toAbsolutePath()
                    + ": field 'schedule.fixed-delay': '15 seconds' is not a duration: write it like 15s, 10m or PT15S")
            .contains("Correct the field 'schedule.fixed-delay' of " + file.toAbsolutePath());
    }
}
