package com.respondo.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.respondo.knowledge.IndexingReport;
import com.respondo.knowledge.KnowledgeDocument;
import com.respondo.knowledge.Passage;
import com.respondo.knowledge.TenantKnowledge;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A tenant's folder indexed on disk: the four formats, edits, deletions and a restart, checked through what a
 * search finds and what the listing shows.
 */
class LuceneKnowledgeBaseTests {

    private static final String TENANT = "loja-teste";

    @TempDir
    Path work;

    Path folder;

    LuceneKnowledgeBase knowledge;

    @BeforeEach
    void knowledgeBase() throws IOException {
        this.folder = Files.createDirectories(work.resolve("knowledge").resolve(TENANT));
        this.knowledge = open();
    }

    @AfterEach
    void close() throws IOException {
        knowledge.close();
    }

    @Test
    void indexesMarkdownTextHtmlAndPdf() throws IOException {
        write("trocas.md", "# Política de trocas\n\n## Prazo\n\nTrocas em até 30 dias após o recebimento.\n");
        write("horarios.txt", "Horário da loja\n\nAbrimos de segunda a sábado, das 10h às 19h.\n");
        write("medidas.html", "<html><head><title>Tabela de medidas</title></head><body><h1>Tabela de medidas</h1>"
                + "<h2>Calçados</h2><p>Numeração do 33 ao 44, meça o pé do calcanhar até a ponta.</p></body></html>");
        TestPdf.write(folder.resolve("privacidade.pdf"), "Política de privacidade",
                "Não guardamos os dados do cartão de crédito.");

        IndexingReport report = knowledge.refresh(TENANT);

        assertThat(report.added()).containsExactly("horarios.txt", "medidas.html", "privacidade.pdf", "trocas.md");
        assertThat(knowledge.describe(TENANT).documents())
            .extracting(KnowledgeDocument::path, KnowledgeDocument::title, KnowledgeDocument::format)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("horarios.txt", "Horário da loja", "text"),
                org.assertj.core.groups.Tuple.tuple("medidas.html", "Tabela de medidas", "html"),
                org.assertj.core.groups.Tuple.tuple("privacidade.pdf", "Política de privacidade", "pdf"),
                org.assertj.core.groups.Tuple.tuple("trocas.md", "Política de trocas", "markdown"));
        assertThat(top("qual o prazo pra troca?")).satisfies(passage -> {
            assertThat(passage.id()).isEqualTo("trocas.md#1");
            assertThat(passage.section()).isEqualTo("Política de trocas > Prazo");
            assertThat(passage.text()).isEqualTo("Trocas em até 30 dias após o recebimento.");
        });
        assertThat(top("a loja abre sabado?").documentPath()).isEqualTo("horarios.txt");
        assertThat(top("numeracao de calcados").text()).contains("do 33 ao 44");
        assertThat(top("vcs guardam os dados do cartao").documentPath()).isEqualTo("privacidade.pdf");
    }

    @Test
    void anEditedFileIsSearchedAsItNowIs() throws IOException {
        write("pix.md", "# Pix\n\nO QR Code do Pix vale por 30 minutos.\n");
        knowledge.refresh(TENANT);

        write("pix.md", "# Pix\n\nO desconto no Pix é de 5% sobre os produtos.\n");
        IndexingReport report = knowledge.refresh(TENANT);

        assertThat(report.changed()).containsExactly("pix.md");
        assertThat(knowledge.search(TENANT, "qr code", 5)).isEmpty();
        assertThat(top("desconto no pix").text()).contains("5%");
    }

    @Test
    void aDeletedFileLosesItsPassages() throws IOException {
        write("boleto.txt", "O boleto vence em 3 dias úteis.\n");
        write("frete.md", "# Frete\n\nFrete grátis acima de R$ 299.\n");
        knowledge.refresh(TENANT);

        Files.delete(folder.resolve("boleto.txt"));
        IndexingReport report = knowledge.refresh(TENANT);

        assertThat(report.removed()).containsExactly("boleto.txt");
        assertThat(knowledge.search(TENANT, "boleto vence", 5)).isEmpty();
        assertThat(knowledge.describe(TENANT).documents()).extracting(KnowledgeDocument::path)
            .containsExactly("frete.md");
    }

    @Test
    void unchangedFilesAreNotIndexedAgainButAReindexReadsThemAll() throws IOException {
        write("frete.md", "# Frete\n\nFrete grátis acima de R$ 299.\n");
        write("boleto.txt", "O boleto vence em 3 dias úteis.\n");
        knowledge.refresh(TENANT);

        IndexingReport check = knowledge.refresh(TENANT);
        IndexingReport reindex = knowledge.reindex(TENANT);

        assertThat(check.changedIndex()).isFalse();
        assertThat(check.unchanged()).isEqualTo(2);
        assertThat(reindex.changed()).containsExactly("boleto.txt", "frete.md");
        assertThat(knowledge.describe(TENANT).chunks()).isEqualTo(2);
    }

    @Test
    void theIndexOutlivesARestart() throws IOException {
        write("frete.md", "# Frete\n\nFrete grátis acima de R$ 299.\n");
        knowledge.refresh(TENANT);
        knowledge.close();

        this.knowledge = open();
        TenantKnowledge listing = knowledge.describe(TENANT);

        assertThat(listing.documents()).extracting(KnowledgeDocument::path).containsExactly("frete.md");
        assertThat(listing.lastIndexing()).isNotNull();
        assertThat(listing.lastCheck()).isNull();
    }

    @Test
    void aFileThatCannotBeReadKeepsThePassagesItHad() throws IOException {
        TestPdf.write(folder.resolve("precos.pdf"), "Preços", "Limpeza: R$ 250.");
        knowledge.refresh(TENANT);

        write("precos.pdf", "not a pdf any more");
        IndexingReport report = knowledge.refresh(TENANT);

        assertThat(report.failed()).extracting(IndexingReport.FailedDocument::path).containsExactly("precos.pdf");
        assertThat(top("preço da limpeza").documentPath()).isEqualTo("precos.pdf");
    }

    @Test
    void aTenantWithoutAFolderHasNoKnowledge() {
        Tenants tenants = new Tenants(List.of(tenant(TENANT), tenant("sem-pasta")));
        try (LuceneKnowledgeBase other = new LuceneKnowledgeBase(properties(), tenants, Clock.systemUTC())) {
            assertThat(other.search("sem-pasta", "frete", 3)).isEmpty();
            assertThat(other.describe("sem-pasta").folderExists()).isFalse();
        }
        catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void anUnknownTenantIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> knowledge.search("../etc", "frete", 3))
            .withMessageContaining("Unknown tenant '../etc'");
    }

    private Passage top(String question) {
        List<Passage> found = knowledge.search(TENANT, question, 3);
        assertThat(found).as(question).isNotEmpty();
        return found.get(0);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private LuceneKnowledgeBase open() {
        return new LuceneKnowledgeBase(properties(), new Tenants(List.of(tenant(TENANT))), Clock.systemUTC());
    }

    private KnowledgeProperties properties() {
        return new KnowledgeProperties(work.resolve("knowledge"), work.resolve("index"), null, Duration.ofMinutes(1),
                800, 0.5);
    }

    static Tenant tenant(String id) {
        return new Tenant(id, "00000000-0000-0000-0000-000000000001", "unused", "00000000-0000-0000-0000-000000000002",
                id);
    }
}
