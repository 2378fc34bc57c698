package com.respondo;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference ({@code src/site/markdown/configuration.md}) against the metadata that
 * {@code spring-boot-configuration-processor} writes from the {@code @ConfigurationProperties} records: every
 * {@code respondo.*} setting (and every setting of a per-tenant or per-channel map's records) has a row, and every
 * row names a setting that exists.
 * <p>
 * The page's conventions: a {@code ## } heading names the prefixes of its tables in backticks ({@code respondo.jobs};
 * a heading that names none, like the environment variables', is not about settings);
 * a line before a table may name another prefix ending in a dot ({@code respondo.replies.tenants.<tenant id>.}); a
 * row's first cell holds one or more keys in backticks, relative to that prefix, where {@code <...>} stands for any
 * map key, {@code x.*} for everything under {@code x}, and {@code .y} for a sibling of the key before it.
 */
class ConfigurationReferenceTests {

    private static final Path PAGE = Path.of("src", "site", "markdown", "configuration.md");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everySettingOfTheRecordsHasARow() throws IOException {
        List<String> documented = documentedKeys();

        assertThat(settings()).as("settings missing from %s", PAGE)
            .filteredOn(setting -> documented.stream()
                .noneMatch(key -> covers(key, setting) || key.startsWith(setting + ".")))
            .isEmpty();
    }

    @Test
    void everyRowNamesASettingThatExists() throws IOException {
        Set<String> settings = settings();

        assertThat(documentedKeys()).as("rows of %s that name no setting", PAGE)
            .filteredOn(key -> settings.stream().noneMatch(setting -> covers(key, setting)
                    || covers(key + ".*", setting) || isAnEntryOf(key, setting, settings)))
            .isEmpty();
    }

    /** Whether the key is an entry of a map or list setting whose values are not records (whose keys are free). */
    private static boolean isAnEntryOf(String key, String setting, Set<String> settings) {
        return key.startsWith(setting + ".") && settings.stream().noneMatch(other -> other.startsWith(setting + "."));
    }

    /** The {@code respondo.*} settings, with the records of map values expanded ({@code tenants.*.language}). */
    private static Set<String> settings() throws IOException {
        Set<String> settings = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        List<URL> files = Collections.list(ConfigurationReferenceTests.class.getClassLoader()
            .getResources("META-INF/spring-configuration-metadata.json"));
        for (URL file : files) {
            try (InputStream in = file.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (name.startsWith("respondo.")) {
                        settings.add(name);
                        settings.addAll(mapValueSettings(name, property.path("type").asString("")));
                    }
                }
            }
        }
        assertThat(settings).as("the configuration metadata of the respondo.* records").hasSizeGreaterThan(50);
        return settings;
    }

    /** For a {@code Map<K, SomeRecord>}, the record's components under {@code name.*}. */
    private static List<String> mapValueSettings(String name, String type) {
        Matcher map = Pattern.compile("java\\.util\\.Map<[^,]+,(.+)>").matcher(type);
        if (!map.matches()) {
            return List.of();
        }
        Class<?> value;
        try {
            value = Class.forName(map.group(1));
        }
        catch (ClassNotFoundException ex) {
            return List.of();
        }
        List<String> components = new ArrayList<>();
        if (value.isRecord()) {
            for (RecordComponent component : value.getRecordComponents()) {
                components.add(name + ".*." + kebab(component.getName()));
            }
        }
        return components;
    }

    /** Full keys of the page's rows, with {@code <...>} map keys written {@code *}. */
    private static List<String> documentedKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> prefixes = List.of("respondo.");
        List<String> tablePrefixes = prefixes;
        for (String line : Files.readAllLines(PAGE)) {
            if (line.startsWith("## ")) {
                prefixes = codes(line).stream()
                    .filter(code -> code.startsWith("respondo."))
                    .map(code -> code + ".")
                    .toList();
                // one prefix: rows are relative to it; several: rows name theirs; none: not a table of settings
                prefixes = prefixes.size() > 1 ? List.of("respondo.") : prefixes;
                tablePrefixes = prefixes;
            }
            else if (line.startsWith("| `")) {
                String firstCell = line.substring(1, line.indexOf('|', 1));
                String previous = null;
                for (String code : codes(firstCell)) {
                    String relative = code.startsWith(".") && previous != null
                            ? previous.substring(0, previous.lastIndexOf('.')) + code : code;
                    for (String prefix : tablePrefixes) {
                        keys.add(normalized(relative.startsWith("respondo.") ? relative : prefix + relative));
                    }
                    previous = relative;
                }
            }
            else if (!line.startsWith("|")) {
                List<String> named = codes(line).stream()
                    .filter(code -> code.startsWith("respondo.") && code.endsWith("."))
                    .toList();
                if (!named.isEmpty()) {
                    tablePrefixes = named;
                }
                else if (!line.isBlank()) {
                    tablePrefixes = prefixes;
                }
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(keys));
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private static String normalized(String key) {
        return key.replaceAll("<[^>]+>", "*").replace("[]", "");
    }

    /**
     * Whether the documented key names this setting: equal, a wildcard match, or {@code x.*} above it; names compared
     * as Spring Boot binds them (dashes and case ignored: {@code input-per-1k} is {@code inputPer1k}).
     */
    private static boolean covers(String key, String setting) {
        String[] keyParts = key.replace("-", "").toLowerCase().split("\\.");
        String[] settingParts = setting.replace("-", "").toLowerCase().split("\\.");
        for (int i = 0; i < keyParts.length; i++) {
            if (i == keyParts.length - 1 && keyParts[i].equals("*") && settingParts.length > i) {
                return true;
            }
            if (i >= settingParts.length
                    || !(keyParts[i].equals(settingParts[i]) || keyParts[i].equals("*") || settingParts[i].equals("*"))) {
                return false;
            }
        }
        return keyParts.length == settingParts.length;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
