package com.respondo.admin;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * authenticated with the admin's HTTP Basic header, launches a job from the page, follows it to completion and
 * saves a screenshot as {@code target/dashboard.png}. Skipped when Chromium or chromedriver is not installed.
 */
@RespondoIntegrationTest
class DashboardBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is not installed (apt-get install -y chromium chromium-driver): "
                        + "skipping the dashboard browser test");
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
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver browser = new ChromeDriver(service, options(profile));
        try {
            authenticate(browser);
            browser.get("http://127.0.0.1:" + port + "/admin");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(page -> !page.findElements(By.cssSelector("tr[data-job='data-collection']")).isEmpty());

            row(browser, "data-collection").findElement(By.cssSelector("button[data-action='launch']")).click();

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
        finally {
            browser.quit();
            service.stop();
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1440,1100");
        return options;
    }

    /** Every request of the page carries the admin's credentials, as after the browser's Basic prompt. */
    private static void authenticate(ChromeDriver browser) {
        String credentials = Base64.getEncoder()
            .encodeToString(("admin:" + RespondoIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + credentials)));
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
