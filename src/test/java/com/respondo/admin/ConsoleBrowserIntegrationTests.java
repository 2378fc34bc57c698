package com.respondo.admin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.respondo.jobs.JobHistory;
import com.respondo.ledger.DecisionTrace;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.llm.LlmUsage;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser ({@link HeadlessChromium}): launches a job from the overview, opens its execution
 * page, opens the trace of a conversation it handled (the customer's message, the bot's answer, the prompt's name and
 * version, the raw LLM answer, tokens and cost, customer and LLM text shown as text), and sees the circuit breakers
 * in their colours; saves a
 * screenshot of each page under {@code target/console-screenshots/}. Skipped when Chromium or chromedriver is not
 * installed.
 */
@RespondoIntegrationTest
// The dashboard polls the outcomes, which read TempBox for the conversations in the ledger: the browser tests share a
// context of their own, so the fake conversations the other tests record are not read, and a breaker opened by
// reading their own does not reach the other tests.
@TestPropertySource(properties = "respondo.outcomes.max-conversations=1")
class ConsoleBrowserIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private static final Pattern LAUNCHED = Pattern.compile("Launch of data-collection: execution (\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobHistory history;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ReplyLedger ledger;

    @Autowired
    LlmUsageRepository usage;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void reset() {
        steps.reset();
        breakers.getAllCircuitBreakers().forEach(breaker -> breakers.remove(breaker.getName()));
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void launchesAJobOpensItsExecutionAConversationTraceAndSeesTheBreakerColours(@TempDir Path profile)
            throws Exception {
        givenBreakersInEachState();
        steps.close("data-collection");
        String atendimento = "console-" + UUID.randomUUID();
        try (HeadlessChromium chromium = HeadlessChromium.asAdmin(profile)) {
            ChromeDriver browser = chromium.browser();
            try {
                walkThrough(browser, atendimento);
            }
            catch (TimeoutException ex) {
                screenshot(browser, "failure.png");
                throw ex;
            }
        }
    }

    private void walkThrough(ChromeDriver browser, String atendimento) throws Exception {
        browser.get("http://127.0.0.1:" + port + "/admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);

        By launch = By.cssSelector("tr[data-job='data-collection'] button[data-action='launch']");
        wait.until(page -> !page.findElements(launch).isEmpty());
        click(wait, launch);
        String message = wait.until(page -> {
            String text = page.findElement(By.id("message")).getText();
            return LAUNCHED.matcher(text).find() ? text : null;
        });
        Matcher launched = LAUNCHED.matcher(message);
        assertThat(launched.find()).isTrue();
        long execution = Long.parseLong(launched.group(1));
        givenTheExecutionAnsweredAConversation(execution, atendimento);
        steps.open("data-collection");
        Executions.ended(history, execution);

        wait.until(page -> !page.findElements(By.cssSelector("tr[data-job='data-collection'] a[data-execution='"
                + execution + "']")).isEmpty());
        click(wait, By.cssSelector("tr[data-job='data-collection'] a[data-execution='" + execution + "']"));
        wait.until(page -> "COMPLETED".equals(page.findElement(By.id("execution")).getDomAttribute("data-status"))
                && !page.findElements(By.cssSelector("#execution-conversations a[data-conversation='"
                        + atendimento + "']")).isEmpty());
        assertThat(browser.findElement(By.id("execution-steps")).getText()).contains("data-collection",
                "loja-aurora", "padaria-sol");
        assertThat(browser.findElement(By.id("execution-conversations")).getText()).contains("HANDOFF",
                "cliente pediu um atendente");
        screenshot(browser, "execution.png");

        click(wait, By.cssSelector("#execution-conversations a[data-conversation='" + atendimento + "']"));
        wait.until(page -> page.findElements(By.cssSelector("#conversation .trace-entry")).size() == 2);
        click(wait, By.cssSelector("#conversation details.raw summary"));
        wait.until(page -> page.findElement(By.cssSelector("#conversation pre.raw-answer")).isDisplayed());
        String trace = browser.findElement(By.id("conversation")).getText();
        assertThat(trace).contains("Customer", "message " + atendimento + "-msg-1",
                "Qual o prazo para <b>Campinas</b>?",
                "O prazo de entrega é de 3 dias úteis.",
                "KNOWLEDGE", "0.87", "pergunta sobre prazo", "prazos-de-entrega.md", "ai-reply", "gpt-4o-mini",
                "850", "HANDOFF", "cliente pediu um atendente", "protocol 4711",
                "ai-reply · ai-reply.st@0123456789ab", "850 prompt + 90 completion", "cost BRL 0.0010",
                "{\"action\":\"REPLY\",\"message\":\"<img src=x onerror=alert(1)>\"}");
        // customer and LLM text are shown as text: the markup they hold made no element
        assertThat(browser.findElements(By.cssSelector("#conversation b, #conversation img"))).isEmpty();
        screenshot(browser, "conversation.png");

        click(wait, By.cssSelector("header nav a[href='#/']"));
        wait.until(page -> List.of("CLOSED", "OPEN", "HALF_OPEN")
            .stream()
            .allMatch(state -> !page.findElements(By.cssSelector("#breakers li[data-state='" + state + "']"))
                .isEmpty()));
        assertThat(badgeColour(browser, "CLOSED")).isEqualTo("rgb(31, 157, 85)");
        assertThat(badgeColour(browser, "OPEN")).isEqualTo("rgb(220, 38, 38)");
        assertThat(badgeColour(browser, "HALF_OPEN")).isEqualTo("rgb(217, 119, 6)");
        screenshot(browser, "overview.png");
    }

    private void givenBreakersInEachState() {
        breakers.getAllCircuitBreakers().forEach(breaker -> breakers.remove(breaker.getName()));
        breakers.circuitBreaker("llm");
        breakers.circuitBreaker("tempbox-loja-aurora").transitionToOpenState();
        breakers.circuitBreaker("tempbox-padaria-sol").transitionToOpenState();
        breakers.circuitBreaker("tempbox-padaria-sol").transitionToHalfOpenState();
    }

    /** What the replies step records for a conversation it answers, then hands off. */
    private void givenTheExecutionAnsweredAConversation(long execution, String atendimento) {
        usage.record(new LlmUsage("loja-aurora", "ai-reply", atendimento, "ai-reply", "gpt-4o-mini", 850, 90,
                Duration.ofMillis(640), Instant.now().minusSeconds(2)));
        // message ids of this conversation's own: the ledger keeps one entry per tenant, message and step, and the
        // context's other tests write theirs too
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", atendimento, atendimento + "-msg-1", "ai-reply",
                LedgerAction.REPLY)
            .withText("O prazo de entrega é de 3 dias úteis.")
            .withDetail(Map.of("basis", "KNOWLEDGE", "confidence", 0.87, "reason", "pergunta sobre prazo", "sources",
                    List.of("prazos-de-entrega.md")))
            .withJobExecutionId(execution)).entry());
        ledger.trace(new DecisionTrace("loja-aurora", atendimento, atendimento + "-msg-1", "ai-reply", "REPLY", "SENT",
                "4711", "Qual o prazo para <b>Campinas</b>?", "O prazo de entrega é de 3 dias úteis.", "LLM", 0.87,
                "pergunta sobre prazo", List.of("prazos-de-entrega.md"),
                new DecisionTrace.Call("ai-reply", "ai-reply.st@0123456789ab", "gpt-4o-mini", 850, 90, 0, false,
                        "{\"action\":\"REPLY\",\"message\":\"<img src=x onerror=alert(1)>\"}"),
                null));
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", atendimento, atendimento + "-msg-2", "ai-reply",
                LedgerAction.HANDOFF)
            .withText("Vou chamar um atendente.")
            .withDetail(Map.of("basis", "RULE", "reason", "cliente pediu um atendente"))
            .withJobExecutionId(execution)).entry());
    }

    /** Clicks the element, found again if the page redrew it meanwhile (the pages redraw as they poll). */
    private static void click(WebDriverWait wait, By element) {
        wait.until(page -> {
            page.findElement(element).click();
            return true;
        });
    }

    private static String badgeColour(WebDriver page, String state) {
        return page.findElement(By.cssSelector("#breakers li[data-state='" + state + "'] .badge"))
            .getCssValue("background-color")
            .replace("rgba", "rgb")
            .replace(", 1)", ")");
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        File screenshot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(screenshot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }
}
