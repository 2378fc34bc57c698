package com.respondo.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.RespondoIntegrationTest;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery in a real browser: the admin has the dashboard open (the browser re-sends the Basic
 * credentials with every request to it), then opens another site's page that submits a form to the launch endpoint.
 * The request is refused with 403 and no execution is launched.
 */
@RespondoIntegrationTest
class CsrfBrowserSecurityRegressionTests {

    @LocalServerPort
    int port;

    @Autowired
    JobHistory history;

    @Autowired
    JobRepository jobRepository;

    HttpServer hostile;

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void stop() {
        if (this.hostile != null) {
            this.hostile.stop(0);
        }
        Executions.noneRunning(this.jobRepository, "data-collection");
    }

    @Test
    void anotherSitesFormPostToTheLaunchEndpointIsRefusedAndLaunchesNothing(@TempDir Path profile)
            throws IOException {
        String launch = "http://127.0.0.1:" + this.port + "/admin/jobs/data-collection/executions?dryRun=false";
        serveHostilePage("""
                <!DOCTYPE html>
                <html><body>
                <form id="attack" method="POST" action="%s"><input type="hidden" name="x" value="1"></form>
                <script>document.getElementById('attack').submit();</script>
                </body></html>""".formatted(launch));
        Optional<Long> lastBefore = this.history.lastExecution("data-collection").map(ExecutionView::id);

        try (HeadlessChromium chromium = HeadlessChromium.asAdmin(profile)) {
            ChromeDriver browser = chromium.browser();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + this.port + "/admin");
            wait.until(page -> !page.findElements(By.cssSelector("tr[data-job='data-collection']")).isEmpty());

            browser.get("http://127.0.0.1:" + this.hostile.getAddress().getPort() + "/");

            wait.until(page -> launch.equals(page.getCurrentUrl()));
            Object status = browser
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
            assertThat(status).isEqualTo(403L);
            String answer = browser.findElement(By.tagName("body")).getText();
            assertThat(answer).contains(CrossSiteRequestFilter.REFUSAL).doesNotContain("executionId");
        }
        assertThat(this.history.lastExecution("data-collection").map(ExecutionView::id)).isEqualTo(lastBefore);
    }

    /** Another origin: the same loopback address on another port, as another site on the admin's network. */
    private void serveHostilePage(String html) throws IOException {
        this.hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.hostile.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        this.hostile.start();
    }
}
