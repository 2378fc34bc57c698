package com.respondo.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Finds, parses and renders the prompt files: {@code <prompts-dir>/<tenant>/<name>.st}, then
 * {@code <prompts-dir>/<name>.st}, then the jar's {@code classpath:prompts/<name>.st}. Parsed files are cached per
 * tenant and name, their sections compiled once; values are rendered by StringTemplate as Spring AI's
 * {@code StTemplateRenderer} renders them, never evaluated, so customer text stays text.
 */
public class PromptTemplates {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final @Nullable Path directory;

    private final ConcurrentMap<String, PromptFile> cache = new ConcurrentHashMap<>();

    /** @param directory the directory of overrides ({@code respondo.llm.prompts-dir}), or none */
    public PromptTemplates(@Nullable Path directory) {
        this.directory = directory;
    }

    /**
     * Renders both sections of a prompt for a tenant.
     * @param name the prompt's name (file name without {@code .st})
     * @param tenantId the tenant whose override, if any, wins
     * @param variables the values; every variable the template uses must have a key ({@code null} renders empty)
     * @return the rendered system and user parts
     * @throws PromptTemplateException no such prompt, a malformed file, or a variable without a key
     */
    public RenderedPrompt render(String name, String tenantId, Map<String, ? extends @Nullable Object> variables) {
        PromptFile file = template(name, tenantId);
        return new RenderedPrompt(render(file, file.system(), variables), render(file, file.user(), variables),
                file.location(), file.version());
    }

    /** Forgets the parsed files, so edited overrides are read again on next use. */
    public void clearCache() {
        this.cache.clear();
    }

    PromptFile template(String name, String tenantId) {
        String key = tenantId + '/' + name;
        PromptFile cached = this.cache.get(key);
        if (cached != null) {
            return cached; // its names were checked when it was loaded (a safe key has one '/', so one pair makes it)
        }
        requireSafe("prompt name", name);
        requireSafe("tenant id", tenantId);
        return this.cache.computeIfAbsent(key, ignored -> load(name, tenantId));
    }

    private String render(PromptFile file, PromptFile.Section section, Map<String, ? extends @Nullable Object> variables) {
        if (!variables.keySet().containsAll(section.variables())) {
            Set<String> missing = new LinkedHashSet<>(section.variables());
            missing.removeAll(variables.keySet());
            throw PromptFile.error(file.location(), "needs variable '" + missing.iterator().next() + "' in its "
                    + section.name() + " section, but no value was given (missing: " + missing + ")");
        }
        Map<String, Object> values = new HashMap<>();
        for (String variable : section.variables()) {
            Object value = variables.get(variable);
            values.put(variable, (value != null) ? value : "");
        }
        return section.render(values);
    }

    private PromptFile load(String name, String tenantId) {
        String fileName = name + ".st";
        if (this.directory != null) {
            for (Path candidate : new Path[] { this.directory.resolve(tenantId).resolve(fileName),
                    this.directory.resolve(fileName) }) {
                if (Files.isRegularFile(candidate)) {
                    return PromptFile.parse(candidate.toString(), read(candidate));
                }
            }
        }
        ClassPathResource resource = new ClassPathResource("prompts/" + fileName);
        if (resource.exists()) {
            return PromptFile.parse("classpath:prompts/" + fileName, read(resource));
        }
        throw new PromptTemplateException("No prompt '" + name + "' for tenant '" + tenantId + "': looked for "
                + ((this.directory != null) ? this.directory.resolve(tenantId).resolve(fileName) + ", "
                        + this.directory.resolve(fileName) + " and " : "")
                + "classpath:prompts/" + fileName);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read prompt file " + path, ex);
        }
    }

    private static String read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read prompt classpath:" + resource.getPath(), ex);
        }
    }

    private static void requireSafe(String what, String value) {
        if (!SAFE_NAME.matcher(value).matches() || value.contains("..")) {
            throw new PromptTemplateException("Invalid " + what + " '" + value
                    + "': letters, digits, '.', '_' and '-' only");
        }
    }
}
