package com.respondo.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One tenant's folder of documents: its readable files by relative path, and their content hashes. */
final class KnowledgeFolder {

    private final Path root;

    KnowledgeFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    boolean exists() {
        return Files.isDirectory(root);
    }

    /**
     * The files of a known format under the folder, by their path relative to it ({@code /} separators), hidden
     * files and folders left out; none when the folder does not exist.
     */
    Map<String, Path> files() {
        Map<String, Path> files = new TreeMap<>();
        if (!exists()) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                .filter(file -> DocumentFormat.of(file.getFileName().toString()).isPresent())
                .filter(file -> !hidden(root.relativize(file)))
                .forEach(file -> files.put(relative(file), file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the knowledge folder " + root, ex);
        }
        return files;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every JVM has SHA-256", ex);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
