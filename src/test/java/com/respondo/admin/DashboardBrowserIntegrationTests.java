package com.respondo.admin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.respondo.jobs.JobHistory;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.llm.LlmUsage;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser: {@link HeadlessChromium}, authenticated with the admin's HTTP Basic header,
 * launches a job from the page, follows it to completion and saves a screenshot as {@code target/dashboard.png}.
 * Skipped when Chromium or chromedriver is not installed.
 */
@RespondoIntegrationTest
// The dashboard polls the outcomes, which read TempBox for the conversations in the ledger: the browser tests share a
// context of their own, so the fake conversations the other tests record are not read, and a breaker opened by
// reading their own does not reach the other tests.
@TestPropertySource(properties = "respondo.outcomes.max-conversations=1")
class DashboardBrowserIntegrationTests {

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

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void reset() {
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void launchesAJobFromThePageFollowsItsProgressAndSeesItComplete(@TempDir Path profile) throws Exception {
        givenSomeAnswersAndLlmCalls();
        steps.close("data-collection");
        try (HeadlessChromium chromium = HeadlessChromium.asAdmin(profile)) {
            ChromeDriver browser = chromium.browser();
            browser.get("http://127.0.0.1:" + port + "/admin");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(page -> !page.findElements(By.cssSelector("tr[data-job='data-collection']")).isEmpty());

            // Found and clicked inside a wait: the row may be redrawn between finding the button and clicking it.
            wait.until(page -> {
                row(page, "data-collection").findElement(By.cssSelector("button[data-action='launch']")).click();
                return true;
            });

            // Inside waits: the page redraws its rows as it polls, so an element read outside one can go stale.
            wait.until(page -> "STARTED".equals(status(page, "data-collection")) && row(page, "data-collection")
                .findElements(By.cssSelector("button[data-action='stop']")).size() == 1);
            wait.until(page -> page.findElement(By.id("message")).getText()
                .startsWith("Launch of data-collection: execution "));
            steps.open("data-collection");
            wait.until(page -> "COMPLETED".equals(status(page, "data-collection")));
            wait.until(page -> "100".equals(row(page, "data-collection").findElement(By.cssSelector(".progress"))
                .getDomAttribute("data-percent")));
            wait.until(page -> !page.findElements(By.cssSelector("#answers-chart rect[data-kind='REPLY']")).isEmpty()
                    && !page.findElements(By.cssSelector("#llm-chart polyline[data-series='latency']")).isEmpty());

            wait.until(page -> row(page, "data-collection").getText().contains("6 of 6 items")
                    && !page.findElements(By.cssSelector("#answers-chart rect[data-kind='CANNED']")).isEmpty());
            File screenshot = browser.getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "dashboard.png");
            Files.createDirectories(target.getParent());
            Files.copy(screenshot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(target)).isPositive();
        }
    }

    private static WebElement row(WebDriver page, String job) {
        return page.findElement(By.cssSelector("tr[data-job='" + job + "']"));
    }

    private static String status(WebDriver page, String job) {
        try {
            return row(page, job).findElement(By.cssSelector("td.last [data-status]")).getDomAttribute("data-status");
        }
        catch (StaleElementReferenceException | NoSuchElementException ex) {
            return "";
        }
    }

    private void givenSomeAnswersAndLlmCalls() {
        String atendimento = UUID.randomUUID().toString();
        int message = 0;
        for (LedgerAction action : new LedgerAction[] { LedgerAction.GREETING, LedgerAction.CANNED,
                LedgerAction.REPLY, LedgerAction.REPLY, LedgerAction.REPLY, LedgerAction.HANDOFF,
                LedgerAction.SCHEDULE, LedgerAction.CLOSE }) {
            String id = "browser-" + UUID.randomUUID() + "-" + message++;
            ledger.markSent(ledger.claim(NewAction.of("loja-aurora", atendimento, id, "ai-reply", action))
                .entry());
        }
        usage.record(new LlmUsage("loja-aurora", "ai-reply", atendimento, "ai-reply", "gpt-4o-mini", 850, 90,
                Duration.ofMillis(640), Instant.now()));
    }
}
