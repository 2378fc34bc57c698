package com.respondo.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the dashboard's browser tests, its
 * every request carrying the admin's HTTP Basic header, as after the browser's Basic prompt. Tests using it are
 * skipped when Chromium or chromedriver is not installed.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriverService service;

    private final ChromeDriver browser;

    private HeadlessChromium(Path profile) {
        this.service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        this.browser = new ChromeDriver(this.service, options(profile));
    }

    /** Skips the calling test class when Chromium or chromedriver is missing. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver is not installed (apt-get install -y chromium chromium-driver): "
                        + "skipping the dashboard browser test");
    }

    /** A browser with its own profile directory, logged in as the admin. */
    static HeadlessChromium asAdmin(Path profile) {
        HeadlessChromium chromium = new HeadlessChromium(profile);
        chromium.authenticate();
        return chromium;
    }

    ChromeDriver browser() {
        return this.browser;
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
    private void authenticate() {
        this.browser.executeCdpCommand("Network.enable", Map.of());
        this.browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization",
                        AdminClients.basicAuthorization(RespondoIntegrationTest.ADMIN_PASSWORD))));
    }

    @Override
    public void close() {
        this.browser.quit();
        this.service.stop();
    }
}
