package com.respondo.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one job file strictly: an unknown field, an unknown step or tenant, a bad cron or duration, a value of the
 * wrong type all give an {@link InvalidJobDefinitionException} naming the file and the field.
 */
final class JobFileParser {

    private static final Pattern JOB_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final int MAX_JOB_NAME = 40;

    private static final List<String> FIELDS = List.of("description", "schedule", "enabled", "steps", "chunk-size",
            "concurrency", "tenants");

    private static final String DURATION_EXAMPLES = "write it like 15s, 10m or PT15S";

    private static final String CRON_FORMAT = "Spring cron has 6 fields (second minute hour day-of-month month "
            + "day-of-week), e.g. '0 */10 * * * *'";

    private final Set<String> knownSteps;

    private final List<String> tenants;

    JobFileParser(Collection<String> knownSteps, List<String> tenants) {
        this.knownSteps = Set.copyOf(knownSteps);
        this.tenants = List.copyOf(tenants);
    }

    JobDefinition parse(String name, JobFiles.JobFile file) {
        String source = file.source();
        if (!JOB_NAME.matcher(name).matches() || name.length() > MAX_JOB_NAME) {
            throw new InvalidJobDefinitionException(source, null, "the file name gives the job name '" + name
                    + "': use lowercase letters, digits and dashes, at most " + MAX_JOB_NAME + " characters");
        }
        Fields root = new Fields(source, "", load(source, file.content()));
        root.allowOnly(FIELDS);
        return new JobDefinition(name, root.string("description", ""), schedule(root), root.bool("enabled", true),
                steps(root), root.integer("chunk-size", 10, 1, 10_000), root.integer("concurrency", 4, 1, 1_000),
                tenants(root), source);
    }

    private static Map<String, Object> load(String source, String content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Object document = new Yaml(new SafeConstructor(options)).load(content);
            if (!(document instanceof Map<?, ?> map)) {
                throw new InvalidJobDefinitionException(source, null,
                        "the file must hold a mapping of the fields " + FIELDS);
            }
            return stringKeys(map);
        }
        catch (MarkedYAMLException ex) {
            Mark mark = ex.getProblemMark();
            String where = (mark != null) ? " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                    : "";
            throw new InvalidJobDefinitionException(source, null, "not valid YAML" + where + ": " + ex.getProblem());
        }
        catch (YAMLException ex) {
            throw new InvalidJobDefinitionException(source, null, "not valid YAML: " + ex.getMessage());
        }
    }

    private static Schedule schedule(Fields root) {
        Fields schedule = root.section("schedule", "a mapping with either cron or fixed-delay");
        schedule.allowOnly(List.of("cron", "fixed-delay"));
        boolean cron = schedule.has("cron");
        boolean fixedDelay = schedule.has("fixed-delay");
        if (cron == fixedDelay) {
            throw root.error("schedule", cron ? "give either cron or fixed-delay, not both"
                    : "give cron (e.g. '0 */10 * * * *') or fixed-delay (e.g. 15s)");
        }
        return cron ? Schedule.cron(cron(schedule)) : Schedule.fixedDelay(fixedDelay(schedule));
    }

    private static String cron(Fields schedule) {
        String expression = schedule.string("cron", "").trim();
        if (expression.split("\\s+").length == 5) {
            throw schedule.error("cron", "'" + expression + "' has 5 fields: " + CRON_FORMAT);
        }
        try {
            CronExpression.parse(expression);
            return expression;
        }
        catch (IllegalArgumentException ex) {
            throw schedule.error("cron", "'" + expression + "' is not a cron expression (" + ex.getMessage()
                    + "); " + CRON_FORMAT);
        }
    }

    private static Duration fixedDelay(Fields schedule) {
        Object value = schedule.get("fixed-delay");
        String text = String.valueOf(value).trim();
        if (!(value instanceof String) || text.matches("\\d+")) {
            throw schedule.error("fixed-delay", "'" + text + "' has no unit: " + DURATION_EXAMPLES);
        }
        Duration delay;
        try {
            delay = DurationStyle.detectAndParse(text);
        }
        catch (IllegalArgumentException ex) {
            throw schedule.error("fixed-delay", "'" + text + "' is not a duration: " + DURATION_EXAMPLES);
        }
        if (delay.isNegative() || delay.isZero()) {
            throw schedule.error("fixed-delay", "'" + text + "' must be longer than zero");
        }
        return delay;
    }

    private List<StepDefinition> steps(Fields root) {
        List<?> items = root.list("steps");
        if (items.isEmpty()) {
            throw root.error("steps", "list at least one step, e.g. '- name: ai-reply'");
        }
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "steps[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                throw root.error(path, "must be a mapping with name and mode, e.g. '- name: ai-reply'");
            }
            StepDefinition step = step(new Fields(root.source(), path, stringKeys(map)));
            if (steps.putIfAbsent(step.name(), step) != null) {
                throw root.error(path + ".name", "step '" + step.name() + "' is listed twice");
            }
        }
        return List.copyOf(steps.values());
    }

    private StepDefinition step(Fields step) {
        step.allowOnly(List.of("name", "mode"));
        if (!step.has("name")) {
            throw step.error("name", "is missing");
        }
        String name = step.string("name", "");
        if (!knownSteps.contains(name)) {
            throw step.error("name", "unknown step '" + name + "' (known steps: " + describe(knownSteps) + ")");
        }
        String mode = step.string("mode", StepMode.LOCAL.yamlName());
        for (StepMode candidate : StepMode.values()) {
            if (candidate.yamlName().equals(mode)) {
                return new StepDefinition(name, candidate);
            }
        }
        throw step.error("mode", "'" + mode + "' is not a mode: use local or remote");
    }

    private List<String> tenants(Fields root) {
        Object value = root.get("tenants");
        if (value == null || "all".equals(value)) {
            if (tenants.isEmpty()) {
                throw root.error("tenants", "'all' finds no tenant: none is configured in respondo.tempbox.tenants");
            }
            return tenants;
        }
        if (!(value instanceof List<?> list)) {
            throw root.error("tenants", "use 'all' or a list of tenant ids (configured: " + describe(tenants) + ")");
        }
        if (list.isEmpty()) {
            throw root.error("tenants", "lists no tenant: use 'all' or a list of tenant ids");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String tenant = String.valueOf(list.get(i));
            if (!tenants.contains(tenant)) {
                throw root.error("tenants[" + i + "]",
                        "unknown tenant '" + tenant + "' (configured tenants: " + describe(tenants) + ")");
            }
            if (!chosen.add(tenant)) {
                throw root.error("tenants[" + i + "]", "tenant '" + tenant + "' is listed twice");
            }
        }
        return List.copyOf(chosen);
    }

    private static String describe(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList());
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    /**
     * The fields of one mapping of a job file, with their path for error messages.
     */
    private record Fields(String source, String path, Map<String, Object> values) {

        void allowOnly(List<String> known) {
            for (String key : values.keySet()) {
                if (!known.contains(key)) {
                    throw error(key, "unknown field (known fields: " + String.join(", ", known) + ")");
                }
            }
        }

        boolean has(String key) {
            return values.get(key) != null;
        }

        @Nullable Object get(String key) {
            return values.get(key);
        }

        String string(String key, String defaultValue) {
            Object value = values.get(key);
            if (value == null) {
                return defaultValue;
            }
            if (!(value instanceof String text)) {
                throw error(key, "must be text, found '" + value + "'");
            }
            return text;
        }

        boolean bool(String key, boolean defaultValue) {
            Object value = values.get(key);
            if (value == null) {
                return defaultValue;
            }
            if (!(value instanceof Boolean flag)) {
                throw error(key, "must be true or false, found '" + value + "'");
            }
            return flag;
        }

        int integer(String key, int defaultValue, int min, int max) {
            Object value = values.get(key);
            if (value == null) {
                return defaultValue;
            }
            if (!(value instanceof Integer number)) {
                throw error(key, "must be a whole number, found '" + value + "'");
            }
            if (number < min || number > max) {
                throw error(key, "must be between " + min + " and " + max + ", found " + number);
            }
            return number;
        }

        Fields section(String key, String expected) {
            Object value = values.get(key);
            if (!(value instanceof Map<?, ?> map)) {
                throw error(key, (value == null) ? "is missing: give " + expected : "must be " + expected);
            }
            return new Fields(source, field(key), stringKeys(map));
        }

        List<?> list(String key) {
            Object value = values.get(key);
            if (!(value instanceof List<?> list)) {
                throw error(key, (value == null) ? "is missing: list the job's steps" : "must be a list of steps");
            }
            return new ArrayList<>(list);
        }

        InvalidJobDefinitionException error(String key, String problem) {
            return new InvalidJobDefinitionException(source, field(key), problem);
        }

        private String field(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
