package com.respondo.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the job files: the defaults the jar carries as classpath {@code jobs/*.yml}, overridden file by file (and
 * extended) by the {@code *.yml} files of the directory named in {@code respondo.jobs.dir}.
 */
final class JobFiles {

    private static final String EXTENSION = ".yml";

    private final ResourcePatternResolver resolver;

    JobFiles(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    JobFiles() {
        this(new PathMatchingResourcePatternResolver());
    }

    /**
     * The job files by job name (the file name without {@code .yml}), in name order.
     */
    Map<String, JobFile> find(@Nullable Path overrideDir) {
        Map<String, JobFile> files = new TreeMap<>();
        for (Resource resource : classpathFiles()) {
            String fileName = resource.getFilename();
            if (fileName != null) {
                files.putIfAbsent(jobName(fileName), new JobFile("classpath:jobs/" + fileName, read(resource)));
            }
        }
        if (overrideDir != null) {
            directoryFiles(overrideDir).forEach(file -> files.put(jobName(file.getFileName().toString()),
                    new JobFile(file.toAbsolutePath().toString(), read(file))));
        }
        return files;
    }

    private Resource[] classpathFiles() {
        try {
            return resolver.getResources("classpath*:jobs/*" + EXTENSION);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the classpath's jobs/ directory", ex);
        }
    }

    private static Stream<Path> directoryFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidJobDefinitionException("respondo.jobs.dir", null,
                    "'" + dir.toAbsolutePath() + "' is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(file -> file.getFileName().toString().endsWith(EXTENSION))
                .filter(Files::isRegularFile)
                .sorted()
                .toList()
                .stream();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + dir.toAbsolutePath(), ex);
        }
    }

    private static String jobName(String fileName) {
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + resource, ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), ex);
        }
    }

    /**
     * One job file's location and content.
     */
    record JobFile(String source, String content) {
    }
}
