package com.respondo.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replay reports written under the reports' directory, as the admin API lists and serves them. A report is
 * addressed only by its name ({@code <tenant>-<yyyyMMdd'T'HHmmss>}, as {@code --replay} writes it): any other name is
 * unknown, so no request reaches a file outside the directory.
 */
public final class ReplayReports {

    /** A report's name: the tenant's slug, a dash, the UTC time it was generated. */
    private static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9-]{0,62})-(\\d{8}T\\d{6})");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Path directory;

    private final JsonMapper json = JsonMapper.builder().build();

    public ReplayReports(Path directory) {
        this.directory = directory;
    }

    /**
     * One report, as listed.
     *
     * @param name its name, which addresses it
     * @param tenant the tenant replayed
     * @param generatedAt when the replay ran
     * @param from the first instant replayed, when its JSON could be read
     * @param to the instant replayed up to, when its JSON could be read
     * @param conversations how many conversations were read (-1 when its JSON could not be read)
     * @param turns how many turns were replayed (-1 likewise)
     * @param agreements on how many Respondo agreed (-1 likewise)
     * @param html whether its HTML page is there
     */
    public record Listed(String name, String tenant, Instant generatedAt, @Nullable String from, @Nullable String to,
            long conversations, long turns, long agreements, boolean html) {
    }

    /** The newest {@code limit} reports, newest first; none when the directory does not exist yet. */
    public List<Listed> newest(int limit) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Matcher> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString().replaceFirst("\\.json$", ""));
                if (name.matches()) {
                    names.add(name);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not list the replay reports under " + directory, ex);
        }
        return names.stream()
            .sorted(Comparator.comparing((Matcher name) -> name.group(2)).thenComparing(name -> name.group(1))
                .reversed())
            .limit(limit)
            .map(this::listed)
            .toList();
    }

    /** The report's HTML page, if a report of that name has one. */
    public Optional<Path> html(String name) {
        return file(name, ".html");
    }

    /** The report's JSON, if a report of that name exists. */
    public Optional<Path> json(String name) {
        return file(name, ".json");
    }

    private Optional<Path> file(String name, String extension) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name + extension);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Listed listed(Matcher name) {
        String base = name.group(0);
        Instant generatedAt = LocalDateTime.parse(name.group(2), STAMP).toInstant(ZoneOffset.UTC);
        boolean html = Files.isRegularFile(directory.resolve(base + ".html"));
        try {
            JsonNode report = json.readTree(directory.resolve(base + ".json").toFile());
            return new Listed(base, name.group(1), generatedAt, report.path("from").asString(null),
                    report.path("to").asString(null), report.path("conversations").asLong(-1),
                    report.path("turns").asLong(-1), report.path("agreements").asLong(-1), html);
        }
        catch (JacksonException ex) {
            return new Listed(base, name.group(1), generatedAt, null, null, -1, -1, -1, html);
        }
    }
}
