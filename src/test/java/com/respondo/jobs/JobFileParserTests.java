package com.respondo.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JobFileParserTests {

    private static final List<String> STEPS = List.of("initial-response", "bot-reply", "ai-reply", "data-collection",
            "follow-up-nudge", "follow-up-close");

    private static final List<String> TENANTS = List.of("loja-aurora", "padaria-sol");

    private static final String VALID = """
            description: Test job
            schedule:
              fixed-delay: 15s
            enabled: true
            steps:
              - name: bot-reply
                mode: remote
              - name: ai-reply
            chunk-size: 5
            concurrency: 2
            tenants: [padaria-sol]
            """;

    private final JobFileParser parser = new JobFileParser(STEPS, TENANTS);

    @Test
    void readsTheJobsTheJarCarries() {
        Map<String, JobFiles.JobFile> files = new JobFiles().find(null);

        JobDefinition replies = parser.parse("replies", files.get("replies"));
        JobDefinition dataCollection = parser.parse("data-collection", files.get("data-collection"));

        assertThat(files).containsOnlyKeys("replies", "data-collection", "follow-ups");
        assertThat(replies.source()).isEqualTo("classpath:jobs/replies.yml");
        assertThat(replies.schedule()).isEqualTo(Schedule.fixedDelay(Duration.ofSeconds(15)));
        assertThat(replies.steps()).containsExactly(new StepDefinition("initial-response", StepMode.LOCAL),
                new StepDefinition("bot-reply", StepMode.LOCAL), new StepDefinition("ai-reply", StepMode.LOCAL));
        assertThat(replies.tenants()).isEqualTo(TENANTS);
        assertThat(replies.enabled()).isTrue();
        assertThat(dataCollection.schedule()).isEqualTo(Schedule.cron("0 */10 * * * *"));
        assertThat(dataCollection.steps()).containsExactly(new StepDefinition("data-collection", StepMode.LOCAL));
    }

    @Test
    void readsTheFollowUpsJobTheJarCarries() {
        JobDefinition followUps = parser.parse("follow-ups", new JobFiles().find(null).get("follow-ups"));

        assertThat(followUps.source()).isEqualTo("classpath:jobs/follow-ups.yml");
        assertThat(followUps.schedule()).isEqualTo(Schedule.cron("0 * * * * *"));
        assertThat(followUps.enabled()).isTrue();
        assertThat(followUps.steps()).containsExactly(new StepDefinition("follow-up-nudge", StepMode.LOCAL),
                new StepDefinition("follow-up-close", StepMode.LOCAL));
        assertThat(followUps.tenants()).isEqualTo(TENANTS);
    }

    @Test
    void readsEveryField() {
        JobDefinition job = parser.parse("test", file(VALID));

        assertThat(job).isEqualTo(new JobDefinition("test", "Test job", Schedule.fixedDelay(Duration.ofSeconds(15)),
                true, List.of(new StepDefinition("bot-reply", StepMode.REMOTE),
                        new StepDefinition("ai-reply", StepMode.LOCAL)),
                5, 2, List.of("padaria-sol"), "test.yml"));
    }

    @Test
    void appliesDefaultsToOptionalFields() {
        JobDefinition job = parser.parse("test", file("""
                schedule: {cron: "0 0 * * * *"}
                steps: [{name: ai-reply}]
                """));

        assertThat(job.description()).isEmpty();
        assertThat(job.enabled()).isTrue();
        assertThat(job.chunkSize()).isEqualTo(10);
        assertThat(job.concurrency()).isEqualTo(4);
        assertThat(job.tenants()).isEqualTo(TENANTS);
    }

    @Test
    void aDirectoryOverridesTheJarsJobsFileByFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("replies.yml"), VALID.replace("Test job", "Local replies"));
        Files.writeString(dir.resolve("nightly.yml"), VALID.replace("Test job", "Nightly"));
        Files.writeString(dir.resolve("notes.txt"), "not a job");

        Map<String, JobFiles.JobFile> files = new JobFiles().find(dir);

        assertThat(files).containsOnlyKeys("data-collection", "follow-ups", "nightly", "replies");
        assertThat(files.get("replies").source()).isEqualTo(dir.resolve("replies.yml").toAbsolutePath().toString());
        assertThat(parser.parse("replies", files.get("replies")).description()).isEqualTo("Local replies");
        assertThat(files.get("data-collection").source()).isEqualTo("classpath:jobs/data-collection.yml");
    }

    @Test
    void aMissingOverrideDirectoryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");

        assertThatExceptionOfType(InvalidJobDefinitionException.class).isThrownBy(() -> new JobFiles().find(missing))
            .withMessage("respondo.jobs.dir: '" + missing.toAbsolutePath() + "' is not a directory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void anInvalidFileIsRefusedNamingTheFileAndTheField(String problem, String yaml, String message) {
        assertThatExceptionOfType(InvalidJobDefinitionException.class)
            .isThrownBy(() -> parser.parse("test", file(yaml)))
            .withMessage(message);
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                arguments("unknown field", VALID + "chunksize: 3\n", "test.yml: field 'chunksize': unknown field "
                        + "(known fields: description, schedule, enabled, steps, chunk-size, concurrency, tenants)"),
                arguments("unknown step", VALID.replace("name: ai-reply", "name: ai-replies"),
                        "test.yml: field 'steps[1].name': unknown step 'ai-replies' (known steps: ai-reply, "
                                + "bot-reply, data-collection, follow-up-close, follow-up-nudge, initial-response)"),
                arguments("unknown step field", VALID.replace("mode: remote", "mode: remote\n    chunk: 2"),
                        "test.yml: field 'steps[0].chunk': unknown field (known fields: name, mode)"),
                arguments("step without name", VALID.replace("- name: ai-reply", "- mode: local"),
                        "test.yml: field 'steps[1].name': is missing"),
                arguments("step listed twice", VALID.replace("name: ai-reply", "name: bot-reply"),
                        "test.yml: field 'steps[1].name': step 'bot-reply' is listed twice"),
                arguments("bad mode", VALID.replace("mode: remote", "mode: cloud"),
                        "test.yml: field 'steps[0].mode': 'cloud' is not a mode: use local or remote"),
                arguments("no steps", VALID.replaceAll("(?s)steps:.*chunk-size", "steps: []\nchunk-size"),
                        "test.yml: field 'steps': list at least one step, e.g. '- name: ai-reply'"),
                arguments("step as text", VALID.replace("- name: ai-reply", "- ai-reply"),
                        "test.yml: field 'steps[1]': must be a mapping with name and mode, e.g. '- name: ai-reply'"),
                arguments("bad cron", VALID.replace("fixed-delay: 15s", "cron: \"0 */10 * * * MON-XYZ\""),
                        "test.yml: field 'schedule.cron': '0 */10 * * * MON-XYZ' is not a cron expression "
                                + "(Error at index 0 in: \"XYZ\" '1-XYZ' in cron "
                                + "expression \"0 */10 * * * MON-XYZ\"); Spring cron has 6 fields "
                                + "(second minute hour day-of-month month day-of-week), e.g. '0 */10 * * * *'"),
                arguments("Unix cron", VALID.replace("fixed-delay: 15s", "cron: \"*/10 * * * *\""),
                        "test.yml: field 'schedule.cron': '*/10 * * * *' has 5 fields: Spring cron has 6 fields "
                                + "(second minute hour day-of-month month day-of-week), e.g. '0 */10 * * * *'"),
                arguments("bad duration", VALID.replace("15s", "15 seconds"),
                        "test.yml: field 'schedule.fixed-delay': '15 seconds' is not a duration: "
                                + "write it like 15s, 10m or PT15S"),
                arguments("duration without unit", VALID.replace("15s", "15"),
                        "test.yml: field 'schedule.fixed-delay': '15' has no unit: write it like 15s, 10m or PT15S"),
                arguments("zero duration", VALID.replace("15s", "0s"),
                        "test.yml: field 'schedule.fixed-delay': '0s' must be longer than zero"),
                arguments("cron and fixed delay", VALID.replace("fixed-delay: 15s",
                        "fixed-delay: 15s\n  cron: \"0 0 * * * *\""),
                        "test.yml: field 'schedule': give either cron or fixed-delay, not both"),
                arguments("empty schedule", VALID.replace("fixed-delay: 15s", "{}").replace("schedule:\n", "schedule: "),
                        "test.yml: field 'schedule': give cron (e.g. '0 */10 * * * *') or fixed-delay (e.g. 15s)"),
                arguments("missing schedule", VALID.replace("schedule:\n  fixed-delay: 15s\n", ""),
                        "test.yml: field 'schedule': is missing: give a mapping with either cron or fixed-delay"),
                arguments("unknown schedule field", VALID.replace("fixed-delay: 15s", "every: 15s"),
                        "test.yml: field 'schedule.every': unknown field (known fields: cron, fixed-delay)"),
                arguments("unknown tenant", VALID.replace("[padaria-sol]", "[padaria-sol, loja-lua]"),
                        "test.yml: field 'tenants[1]': unknown tenant 'loja-lua' "
                                + "(configured tenants: loja-aurora, padaria-sol)"),
                arguments("tenants as text", VALID.replace("[padaria-sol]", "padaria-sol"),
                        "test.yml: field 'tenants': use 'all' or a list of tenant ids "
                                + "(configured: loja-aurora, padaria-sol)"),
                arguments("no tenants", VALID.replace("[padaria-sol]", "[]"),
                        "test.yml: field 'tenants': lists no tenant: use 'all' or a list of tenant ids"),
                arguments("enabled not a boolean", VALID.replace("enabled: true", "enabled: sometimes"),
                        "test.yml: field 'enabled': must be true or false, found 'sometimes'"),
                arguments("chunk size not a number", VALID.replace("chunk-size: 5", "chunk-size: five"),
                        "test.yml: field 'chunk-size': must be a whole number, found 'five'"),
                arguments("concurrency out of range", VALID.replace("concurrency: 2", "concurrency: 0"),
                        "test.yml: field 'concurrency': must be between 1 and 1000, found 0"),
                arguments("description not text", VALID.replace("description: Test job", "description: [a]"),
                        "test.yml: field 'description': must be text, found '[a]'"),
                arguments("not a mapping", "- just\n- a list\n",
                        "test.yml: the file must hold a mapping of the fields "
                                + "[description, schedule, enabled, steps, chunk-size, concurrency, tenants]"),
                arguments("duplicate key", VALID + "enabled: false\n",
                        "test.yml: not valid YAML at line 12, column 1: found duplicate key enabled"),
                arguments("broken YAML", VALID.replace("tenants: [padaria-sol]", "tenants: [padaria-sol"),
                        "test.yml: not valid YAML at line 12, column 1: expected ',' or ']', but got <stream end>"));
    }

    @Test
    void aBadFileNameIsRefused() {
        assertThatExceptionOfType(InvalidJobDefinitionException.class)
            .isThrownBy(() -> parser.parse("Replies_Fast", new JobFiles.JobFile("jobs/Replies_Fast.yml", VALID)))
            .withMessage("jobs/Replies_Fast.yml: the file name gives the job name 'Replies_Fast': use lowercase "
                    + "letters, digits and dashes, at most 40 characters");
    }

    @Test
    void allTenantsNeedsConfiguredTenants() {
        JobFileParser withoutTenants = new JobFileParser(STEPS, List.of());

        assertThatExceptionOfType(InvalidJobDefinitionException.class)
            .isThrownBy(() -> withoutTenants.parse("test", file(VALID.replace("[padaria-sol]", "all"))))
            .withMessage("test.yml: field 'tenants': 'all' finds no tenant: none is configured in "
                    + "respondo.tempbox.tenants");
    }

    private static JobFiles.JobFile file(String yaml) {
        return new JobFiles.JobFile("test.yml", yaml);
    }
}
