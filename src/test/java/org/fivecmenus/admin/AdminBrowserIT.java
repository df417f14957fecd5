package org.fivecmenus.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.Browser;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator signs in, moves one hall's dinner, and students see the new time. */
class AdminBrowserIT extends InContainerTest {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOperatorEditsADinnerTimeAndThePublicPageShowsIt(App app, TestServices services) throws Exception {
        long id = AdminIT.weeklyRowId(services, "frank", 1, "dinner");
        var driver = browser.driver();
        driver.get(app.uri("/admin/hours?hall=frank").toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/login"));

        driver.findElement(By.id("username")).sendKeys(AdminSession.USER);
        driver.findElement(By.id("password")).sendKeys(AdminSession.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/admin$"));
        driver.get(app.uri("/admin/hours?hall=frank").toString());

        WebElement row = driver.findElement(By.id("row-" + id));
        setTime(row.findElement(By.name("start")), "18:00");
        setTime(row.findElement(By.name("end")), "20:15");
        row.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role='status']"), "Saved"));
        browser.screenshot("admin-hours-1280");

        driver.get(app.uri("/halls/frank?date=2025-12-08").toString());
        assertThat(driver.findElement(By.id("2025-12-08")).getText()).contains("Dinner 6:00 pm – 8:15 pm");
    }

    /** Time inputs take keystrokes in the browser's locale format; setting the value is what a picker does. */
    private static void setTime(WebElement input, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
