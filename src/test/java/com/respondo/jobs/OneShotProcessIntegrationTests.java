package com.respondo.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-shot run as cron starts it: a separate JVM running {@code RespondoApplication.main} with
 * {@code --run=<job>}, its exit status and its standard output. The child's class path is the application's with,
 * instead of all the test classes, only the fake steps, added as a source ({@code spring.main.sources}) while the
 * real steps are not part of the application yet.
 */
class OneShotProcessIntegrationTests {

    private static final List<String> FAKES = List.of("FakeSteps", "FakeJobsConfiguration", "StepFactoryReplacement");

    @TempDir
    Path work;

    @Test
    void aOneShotProcessRunsTheJobPrintsTheSummaryAndExitsWithZero() throws Exception {
        Process process = new ProcessBuilder(command("--run=data-collection",
                "--spring.main.sources=" + FakeJobsConfiguration.class.getName(),
                "--respondo.data-dir=" + work.resolve("data"),
                "--respondo.admin.password=test-admin-password", "--respondo.sandbox.generator.enabled=false",
                "--logging.level.root=WARN"))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("out.txt").toFile())
            .start();

        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);

        assertThat(ended).as("the process ended by itself:\n" + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("job="))).singleElement()
            .satisfies(line -> assertThat(line)
                .startsWith("job=data-collection execution=1 status=COMPLETED tenants=loja-aurora,padaria-sol "));
    }

    private List<String> command(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add(RespondoApplication.class.getName());
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * The test class path without the test classes and resources, plus a directory holding the fake steps.
     */
    private String classPath() throws IOException {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path testClasses = Path.of(FakeJobsConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath());
        Path fakes = work.resolve("fakes");
        Path packageDir = testClasses.resolve("com/respondo/testsupport");
        Path target = Files.createDirectories(fakes.resolve("com/respondo/testsupport"));
        try (Stream<Path> classes = Files.list(packageDir)) {
            for (Path file : classes.filter(f -> FAKES.stream().anyMatch(f.getFileName().toString()::startsWith))
                .toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return Stream.concat(Arrays.stream(testClassPath.split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath())),
                Stream.of(fakes.toString()))
            .collect(Collectors.joining(File.pathSeparator));
    }
}
