package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.Browser;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service worker in headless Chromium: pages a student opened are shown again once the server is gone,
 * marked as offline and as of when. On an application of its own, because the test stops it.
 */
class OfflineBrowserIT {

    private static VendorStub vendors;
    private static DeployedApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        vendors = VendorStub.start();
        app = DeployedApp.start("offline", AppConfig.onCaptureWeek(vendors,
                TestServices.fromEnvironment().isolated("offline", "")));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(browser, app, vendors);
    }

    @Test
    void withTheServerStoppedAPageOpenedBeforeIsShownFromTheServiceWorkerMarkedOffline() {
        // The first page arrives before the worker exists; it asks the worker to keep it all the same.
        open("/halls/frary");
        awaitKept("/halls/frary");
        open("/");
        awaitKept("/");
        assertThat(browser.driver().findElement(By.cssSelector("#frary h2")).getText()).isEqualTo("Frary");

        app.close();

        open("/halls/frary");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Frary");
        String note = browser.driver().findElement(By.cssSelector(".offline-note")).getText();
        assertThat(note).startsWith("Offline — as of ").contains("may have changed since");
        // The stylesheets come from the worker's cache too.
        assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("background-color"))
                .isEqualTo("rgba(246, 246, 244, 1)");
        browser.screenshot("offline-hall");

        open("/");
        assertThat(browser.driver().findElements(By.cssSelector(".feed > .card"))).hasSize(7);
        assertThat(browser.driver().findElement(By.cssSelector(".offline-note")).getText()).startsWith("Offline");

        // A page never opened here cannot be shown; the student is told so and offered those that can.
        open("/open-now");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You are offline");
        assertThat(browser.driver().findElements(By.cssSelector(".results a")).stream()
                .map(a -> a.getAttribute("pathname"))).contains("/", "/halls/frary");
    }

    private static void open(String path) {
        browser.driver().get(app.uri(path).toString());
    }

    /** Until the worker controls the page and holds a copy of the path (it keeps copies in the background). */
    private static void awaitKept(String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
                .until(driver -> Boolean.TRUE.equals(browser.driver().executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "if (!navigator.serviceWorker.controller) { done(false); return; }"
                                + "caches.open('pages-v2').then(c => c.match(new URL(arguments[0], location.href).href))"
                                + ".then(r => done(!!r), () => done(false));", path)));
    }
}
