package com.respondo.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Copies bundled documents ({@code respondo.knowledge.seed}, e.g. the sandbox's base in the jar) into the knowledge
 * folder, each only where no file of that path is there yet: an operator's edits and additions stay, and a deleted
 * bundled file comes back at the next start.
 */
final class KnowledgeSeed {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSeed.class);

    private KnowledgeSeed() {
    }

    /** @return the files copied */
    static int copyMissing(String location, Path dir) {
        String root = location.endsWith("/") ? location : location + "/";
        String rootPath = root.substring(root.indexOf(':') + 1).replaceFirst("^/+", "");
        int copied = 0;
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(root + "**/*")) {
                if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
                    continue;
                }
                String url = URLDecoder.decode(resource.getURL().toString(), StandardCharsets.UTF_8);
                Path target = dir.resolve(url.substring(url.lastIndexOf(rootPath) + rootPath.length())).normalize();
                if (!target.startsWith(dir.normalize()) || Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, target);
                }
                copied++;
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot copy the bundled knowledge " + location + " into " + dir, ex);
        }
        if (copied > 0) {
            log.info("Copied {} bundled knowledge documents from {} into {}", copied, location, dir);
        }
        return copied;
    }
}
