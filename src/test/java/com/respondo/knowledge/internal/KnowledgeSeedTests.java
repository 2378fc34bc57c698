package com.respondo.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled sandbox base copied into the knowledge folder, an operator's edits kept. */
class KnowledgeSeedTests {

    @TempDir
    Path dir;

    @Test
    void copiesTheBundledDocumentsThatAreMissingAndKeepsTheOthers() throws IOException {
        Path edited = Files.createDirectories(dir.resolve("loja-aurora")).resolve("frete.md");
        Files.writeString(edited, "# Frete\n\nEditado pelo operador.\n");

        int copied = KnowledgeSeed.copyMissing("classpath:sandbox/knowledge", dir);

        assertThat(copied).isEqualTo(49);
        assertThat(Files.readString(edited)).contains("Editado pelo operador");
        assertThat(dir.resolve("clinica-sorriso/tabela-de-precos.pdf")).isRegularFile();
        assertThat(dir.resolve("loja-aurora/tabela-de-medidas.html")).isRegularFile();
        assertThat(KnowledgeSeed.copyMissing("classpath:sandbox/knowledge", dir)).isZero();
    }
}
