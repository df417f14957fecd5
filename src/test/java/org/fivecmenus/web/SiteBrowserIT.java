package org.fivecmenus.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.TitleCase;
import org.fivecmenus.testing.Browser;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.fivecmenus.upstream.pomona.PomonaMenus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as a student sees it, in headless Chromium, against the deployed WAR and the vendor stub serving
 * the real captures. The shared clock reads Wednesday 2025-12-03, noon.
 */
class SiteBrowserIT extends InContainerTest {

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

    @AfterEach
    void reset() {
        vendors().restore();
        browser.width(1280);
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theHomePageShowsSevenHallCardsWithTheStationsAndDishesOfTheCaptures() throws Exception {
        DayMenu frary = frary("2025-12-01");
        open("/?date=2025-12-01");

        List<WebElement> cards = browser.driver().findElements(By.cssSelector(".feed > .card"));
        assertThat(cards).hasSize(7);
        assertThat(cards.stream().map(c -> c.findElement(By.tagName("h2")).getText()))
                .containsExactly("Hoch-Shanahan", "Collins", "Malott", "McConnell", "Frank", "Frary", "Oldenborg");
        WebElement card = browser.driver().findElement(By.id("frary"));
        WebElement panel = visiblePanel(card);
        Meal shown = frary.meals().stream().filter(m -> panel.getAttribute("id").equals("frary-" + m.key() + "-panel"))
                .findFirst().orElseThrow();
        // A home card shows its first stations, in one casing, up to about twelve lines; the rest is behind "more".
        List<WebElement> headings = panel.findElements(By.cssSelector(":scope > .station > h3"));
        assertThat(headings).hasSizeGreaterThan(1);
        assertThat(headings.stream().map(WebElement::getText))
                .containsExactlyElementsOf(shown.curated().stations().stream().map(s -> TitleCase.ofOneCase(s.name()))
                        .limit(headings.size()).toList());
        Item first = shown.stations().get(0).items().get(0);
        assertThat(panel.findElement(By.cssSelector(".station .item .name")).getText()).isEqualTo(first.name());
        assertThat(browser.driver().findElement(By.id("hoch")).getText()).doesNotContain("unavailable");
        assertThat(browser.driver().findElement(By.id("collins")).getText()).contains("The menu is unavailable");

        browser.screenshot("home-1280");
        browser.width(375);
        open("/?date=2025-12-01");
        assertThat(browser.driver().findElement(By.id("frary")).getRect().getWidth()).isLessThanOrEqualTo(375);
        browser.screenshot("home-375");
    }

    @Test
    void followsTheSystemsDarkMode() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.width(375);
            open("/?date=2025-12-01");

            String background = browser.driver().findElement(By.tagName("body")).getCssValue("background-color");
            assertThat(background).isEqualTo("rgba(18, 18, 18, 1)");
            browser.screenshot("home-375-dark");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }

    @Test
    void mealTabsSwitchWithoutReloadingThePage() {
        open("/?date=2025-12-01");
        WebElement card = browser.driver().findElement(By.id("frary"));
        WebElement dinnerTab = card.findElement(By.cssSelector("label[for='frary-dinner']"));

        dinnerTab.click();

        assertThat(visiblePanel(card).getAttribute("id")).isEqualTo("frary-dinner-panel");
        assertThat(card.findElements(By.cssSelector(".panel")).stream().filter(WebElement::isDisplayed)).hasSize(1);
        card.findElement(By.cssSelector("label[for='frary-breakfast']")).click();
        assertThat(visiblePanel(card).getAttribute("id")).isEqualTo("frary-breakfast-panel");
    }

    @Test
    void aDietFilterHidesEverythingElseAndIsRemembered() {
        open("/?date=2025-12-01");
        int before = visibleItems("frary").size();

        browser.driver().findElement(By.cssSelector(".filters > summary")).click();
        browser.driver().findElement(By.cssSelector(".filters input[name='diet'][value='vegan']")).click();
        browser.driver().findElement(By.cssSelector(".filters button[type='submit']")).click();
        awaitUrlContaining("diet=vegan");

        List<WebElement> after = visibleItems("frary");
        assertThat(after.size()).isLessThan(before).isPositive();
        assertThat(after).allSatisfy(item -> assertThat(item.findElements(By.cssSelector(".tag-vegan"))).isNotEmpty());
        assertThat(browser.driver().findElement(By.id("frary")).getText()).contains("hidden by your filters");
        open("/?date=2025-12-01");
        assertThat(visibleItems("frary")).hasSize(after.size());
    }

    @Test
    void searchFindsADishInTheRightHall() throws Exception {
        // Stored before the search, whichever tests ran first: the home page does not wait for a vendor.
        assertThat(app().get("/api/v2/menus?hall_id=frary&date=2025-12-03").statusCode()).isEqualTo(200);
        Item dish = frary("2025-12-03").meals().get(0).stations().get(0).items().get(0);

        open("/search");
        browser.driver().findElement(By.id("q")).sendKeys(dish.name());
        browser.driver().findElement(By.cssSelector("form.search button")).click();
        awaitUrlContaining("q=");

        List<WebElement> results = browser.driver().findElements(By.cssSelector(".results li"));
        assertThat(results).anySatisfy(r -> assertThat(r.getText()).contains(dish.name()).contains("Frary · Today"));
    }

    @Test
    void aDishIsWatchedFromItsPageWithoutJavaScriptAndItsFeedsAreOffered() {
        // The dish is in the stored menus whatever ran before: Frank's Monday, Frary's Saturday.
        assertThat(app().get("/api/v2/menus?hall_id=frank&date=2025-12-01").statusCode()).isEqualTo(200);
        assertThat(app().get("/api/v2/menus?hall_id=frary&date=2025-12-06").statusCode()).isEqualTo(200);
        open("/dishes/cheese-tortellini");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualToIgnoringCase("Cheese Tortellini");
        assertThat(browser.driver().findElement(By.cssSelector(".next")).getText()).startsWith("Next: ");

        browser.driver().findElement(By.cssSelector("form.watch button[value='watch']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form.watch button[value='unwatch']")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dishes/cheese-tortellini");

        open("/watch");
        WebElement watched = browser.driver().findElement(By.cssSelector(".results li"));
        assertThat(watched.getText()).containsIgnoringCase("Cheese Tortellini").contains("Next: ");
        assertThat(browser.driver().findElements(By.cssSelector(".links a")).stream().map(a -> a.getAttribute("href")))
                .anySatisfy(href -> assertThat(href).matches(".*/feeds/[A-Za-z0-9_.-]+\\.ics"))
                .anySatisfy(href -> assertThat(href).matches(".*/feeds/[A-Za-z0-9_.-]+\\.atom"));

        watched.findElement(By.cssSelector("button[value='unwatch']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "You watch no dish yet."));
        assertThat(browser.driver().findElements(By.cssSelector(".results li"))).isEmpty();
    }

    @Test
    void aStaleMenuSaysWhenItWasLastUpdated(TestServices services) {
        // A day no other test here reads, so that its copy is fetched by this test: "just now".
        open("/?date=2025-12-07");
        assertThat(browser.driver().findElement(By.id("frary")).getText()).doesNotContain("Last updated");
        services.withRedis(redis -> redis.sync().del("menu:frary:2025-12-07"));
        vendors().override(get(urlPathEqualTo(VendorStub.pomonaPath("Frary"))), aResponse().withStatus(503));

        // The stored copy answers at once while the vendor is asked behind it; its failure shows on a later view.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        do {
            open("/?date=2025-12-07");
        } while (!browser.driver().findElement(By.id("frary")).getText().contains("Last updated")
                && java.time.Instant.now().isBefore(deadline));

        assertThat(browser.driver().findElement(By.id("frary")).getText())
                .contains("Last updated just now — the vendor is not answering.");
        assertThat(visibleItems("frary")).isNotEmpty();
    }

    private static void awaitUrlContaining(String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    private void open(String path) {
        browser.driver().get(app().uri(path).toString());
    }

    private static WebElement visiblePanel(WebElement card) {
        return card.findElements(By.cssSelector(".panel")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no visible meal panel"));
    }

    private List<WebElement> visibleItems(String hall) {
        return visiblePanel(browser.driver().findElement(By.id(hall))).findElements(By.cssSelector(".items > .item"))
                .stream().filter(WebElement::isDisplayed).toList();
    }

    private static DayMenu frary(String date) throws Exception {
        return new PomonaMenus().parse(VendorStub.resource(VendorStub.POMONA_CAPTURES.get("Frary")), "frary",
                LocalDate.parse(date));
    }
}
