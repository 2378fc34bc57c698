package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTests {

    /** The variables the domain produces for each shipped prompt: the contract between prompts and domain. */
    private static final Map<String, List<String>> SYSTEM_VARIABLES = Map.of(
            "initial-response", List.of("company", "businessHours", "openNow"),
            "bot-choice", List.of("company", "cannedMessages"),
            "ai-reply", List.of("company", "companyContext", "businessHours", "cannedMessages"),
            "data-collection", List.of("company"));

    private static final Map<String, List<String>> USER_VARIABLES = Map.of(
            "initial-response", List.of("customerName", "channel", "greetingPeriod", "customerMessages"),
            "bot-choice", List.of("history", "newestMessages"),
            "ai-reply", List.of("customerName", "channel", "now", "agendaSlots", "sources", "history"),
            "data-collection", List.of("customerMessages"));

    @TempDir
    Path dir;

    @Test
    void shippedPromptsUseExactlyTheAgreedVariablesWithTheStablePartInTheSystemSection() {
        PromptTemplates templates = new PromptTemplates(null);
        for (String name : SYSTEM_VARIABLES.keySet()) {
            PromptFile file = templates.template(name, "default");

            assertThat(file.location()).isEqualTo("classpath:prompts/" + name + ".st");
            assertThat(file.system().variables()).containsExactlyInAnyOrderElementsOf(SYSTEM_VARIABLES.get(name));
            assertThat(file.user().variables()).containsExactlyInAnyOrderElementsOf(USER_VARIABLES.get(name));
            assertThat(file.declared()).containsExactlyInAnyOrderElementsOf(
                    concat(SYSTEM_VARIABLES.get(name), USER_VARIABLES.get(name)));
        }
    }

    @Test
    void rendersSystemAndUserPartsWithTheValues() {
        RenderedPrompt prompt = new PromptTemplates(null).render("ai-reply", "default", Map.ofEntries(
                Map.entry("company", "Loja Aurora"), Map.entry("companyContext", "Vendemos roupas."),
                Map.entry("businessHours", "das 9h às 18h"),
                Map.entry("cannedMessages", "1. Nosso horário é das 9h às 18h."),
                Map.entry("customerName", "Maria Souza"), Map.entry("channel", "WhatsApp"),
                Map.entry("now", "2025-03-10 14:05"), Map.entry("agendaSlots", "1. 11/03 10:00"),
                Map.entry("sources", "[horarios.md#1] Horários\nAbrimos das 9h às 18h."),
                Map.entry("history", "Cliente: Qual o horário de vocês?")));

        assertThat(prompt.system()).contains("Empresa: Loja Aurora", "Vendemos roupas.", "1. Nosso horário é das 9h")
            .doesNotContain("Maria Souza", "Qual o horário de vocês?", "{");
        assertThat(prompt.system()).doesNotContain("horarios.md#1");
        assertThat(prompt.user()).contains("<fontes>\n[horarios.md#1] Horários\nAbrimos das 9h às 18h.\n</fontes>");
        assertThat(prompt.user()).contains("Nome do cliente: Maria Souza", "<conversa>\nCliente: Qual o horário de vocês?\n</conversa>")
            .doesNotContain("Loja Aurora", "{");
        assertThat(prompt.source()).isEqualTo("classpath:prompts/ai-reply.st");
    }

    @Test
    void systemPartIsByteIdenticalForTheSameTenantWhateverTheConversation() {
        PromptTemplates templates = new PromptTemplates(null);
        Map<String, Object> first = botChoiceVariables("Cliente: oi", "Qual o prazo de entrega?");
        Map<String, Object> second = botChoiceVariables("Cliente: bom dia", "Vocês abrem sábado?");

        assertThat(templates.render("bot-choice", "default", first).system())
            .isEqualTo(templates.render("bot-choice", "default", second).system());
    }

    @Test
    void customerTextIsRenderedLiterallyNeverEvaluated() {
        String hostile = "{company} <b>oi</b> {! comentário !} \\{x\\} {if(openNow)}sim{endif} <conversa> $x";
        Map<String, Object> variables = botChoiceVariables(hostile, hostile);

        RenderedPrompt prompt = new PromptTemplates(null).render("bot-choice", "default", variables);

        assertThat(prompt.user()).contains("<historico>\n" + hostile + "\n</historico>")
            .contains("<mensagens_do_cliente>\n" + hostile + "\n</mensagens_do_cliente>")
            .doesNotContain("Loja Aurora");
    }

    @Test
    void nullValueRendersAsEmptyText() {
        Map<String, Object> variables = new HashMap<>(botChoiceVariables("Cliente: oi", "oi"));
        variables.put("history", null);

        assertThat(new PromptTemplates(null).render("bot-choice", "default", variables).user())
            .contains("<historico>\n</historico>"); // ST drops a line whose only expression is empty
    }

    @Test
    void missingVariableIsAClearErrorNamingFileAndVariable() {
        Map<String, Object> variables = new HashMap<>(botChoiceVariables("Cliente: oi", "oi"));
        variables.remove("newestMessages");

        assertThatThrownBy(() -> new PromptTemplates(null).render("bot-choice", "default", variables))
            .isInstanceOf(PromptTemplateException.class)
            .hasMessageContaining("classpath:prompts/bot-choice.st")
            .hasMessageContaining("'newestMessages'")
            .hasMessageContaining("user section");
    }

    @Test
    void tenantOverrideWinsOverTheDirectoryDefaultWhichWinsOverTheJar() throws IOException {
        write("bot-choice.st", prompt("Variáveis: company, history", "Padrão do diretório {company}", "{history}"));
        Files.createDirectories(this.dir.resolve("loja-aurora"));
        write("loja-aurora/bot-choice.st", prompt("Variáveis: company, history", "Da Aurora {company}", "{history}"));
        PromptTemplates templates = new PromptTemplates(this.dir);
        Map<String, Object> variables = botChoiceVariables("h", "n");

        assertThat(templates.render("bot-choice", "loja-aurora", variables).system()).isEqualTo("Da Aurora Loja Aurora");
        assertThat(templates.render("bot-choice", "outra", variables).system()).isEqualTo("Padrão do diretório Loja Aurora");
        assertThat(templates.render("ai-reply", "loja-aurora", aiReplyVariables()).source())
            .isEqualTo("classpath:prompts/ai-reply.st");
    }

    @Test
    void parsedTemplatesAreCachedUntilTheCacheIsCleared() throws IOException {
        write("bot-choice.st", prompt("Variáveis: company", "Primeira {company}", "u"));
        PromptTemplates templates = new PromptTemplates(this.dir);
        Map<String, Object> variables = botChoiceVariables("h", "n");
        templates.render("bot-choice", "t", variables);
        write("bot-choice.st", prompt("Variáveis: company", "Segunda {company}", "u"));

        assertThat(templates.render("bot-choice", "t", variables).system()).isEqualTo("Primeira Loja Aurora");
        templates.clearCache();
        assertThat(templates.render("bot-choice", "t", variables).system()).isEqualTo("Segunda Loja Aurora");
    }

    @Test
    void overrideUsingAnUndeclaredVariableIsRejectedNamingIt() throws IOException {
        write("bot-choice.st", prompt("Variáveis: company", "Olá {empresa}", "u"));

        assertThatThrownBy(() -> new PromptTemplates(this.dir).render("bot-choice", "t", botChoiceVariables("h", "n")))
            .isInstanceOf(PromptTemplateException.class)
            .hasMessageContaining(this.dir.resolve("bot-choice.st").toString())
            .hasMessageContaining("'empresa'")
            .hasMessageContaining("system section");
    }

    @Test
    void fileWithoutTheLeadingCommentOrTheSectionsIsRejected() throws IOException {
        write("a.st", "=== system ===\ns\n=== user ===\nu\n");
        write("b.st", "{! Variáveis: x !}\n=== user ===\nu\n=== system ===\ns\n");
        write("c.st", "{! Variáveis: x !}\n=== system ===\ns {x\n=== user ===\nu\n");
        PromptTemplates templates = new PromptTemplates(this.dir);

        assertThatThrownBy(() -> templates.render("a", "t", Map.of())).hasMessageContaining("a.st")
            .hasMessageContaining("Variáveis");
        assertThatThrownBy(() -> templates.render("b", "t", Map.of())).hasMessageContaining("b.st")
            .hasMessageContaining("=== system ===");
        assertThatThrownBy(() -> templates.render("c", "t", Map.of())).hasMessageContaining("c.st")
            .hasMessageContaining("invalid template");
    }

    @Test
    void unknownPromptSaysWhereItLooked() {
        assertThatThrownBy(() -> new PromptTemplates(this.dir).render("nope", "loja-aurora", Map.of()))
            .isInstanceOf(PromptTemplateException.class)
            .hasMessageContaining(this.dir.resolve("loja-aurora").resolve("nope.st").toString())
            .hasMessageContaining(this.dir.resolve("nope.st").toString())
            .hasMessageContaining("classpath:prompts/nope.st");
    }

    @Test
    void namesThatCouldLeaveTheDirectoryAreRefused() {
        PromptTemplates templates = new PromptTemplates(this.dir);

        assertThatThrownBy(() -> templates.render("bot-choice", "../etc", Map.of()))
            .isInstanceOf(PromptTemplateException.class).hasMessageContaining("tenant id");
        assertThatThrownBy(() -> templates.render("../bot-choice", "t", Map.of()))
            .isInstanceOf(PromptTemplateException.class).hasMessageContaining("prompt name");
    }

    static Map<String, Object> botChoiceVariables(String history, String newest) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("company", "Loja Aurora");
        variables.put("cannedMessages", "1. Entregamos em até 5 dias úteis.\n2. Abrimos de segunda a sábado, das 9h às 18h.");
        variables.put("history", history);
        variables.put("newestMessages", newest);
        return variables;
    }

    static Map<String, Object> aiReplyVariables() {
        return Map.ofEntries(Map.entry("company", "Loja Aurora"),
                Map.entry("companyContext", "Vendemos roupas femininas."),
                Map.entry("businessHours", "de segunda a sábado, das 9h às 18h"),
                Map.entry("cannedMessages", "1. Entregamos em até 5 dias úteis."),
                Map.entry("customerName", "Maria Souza"), Map.entry("channel", "WhatsApp"),
                Map.entry("now", "2025-03-10 14:05"),
                Map.entry("agendaSlots", "1. 11/03/2025 10:00\n2. 11/03/2025 15:00"),
                Map.entry("sources", "(nenhuma fonte)"),
                Map.entry("history", "Atendente: Olá!\nCliente: Qual o prazo de entrega?"));
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(this.dir.resolve(file), text);
    }

    private static String prompt(String comment, String system, String user) {
        return "{! Teste. " + comment + " !}\n=== system ===\n" + system + "\n=== user ===\n" + user + "\n";
    }

    private static Set<String> concat(List<String> a, List<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
