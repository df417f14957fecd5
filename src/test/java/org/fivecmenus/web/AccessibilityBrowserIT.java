package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fivecmenus.testing.Axe;
import org.fivecmenus.testing.Browser;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.2 AA in headless Chromium: axe-core over every kind of page, in light and dark mode, at a phone's
 * width and a laptop's, with zero violations allowed; and what axe cannot judge: the tabs, filters and date
 * bar work from the keyboard with a visible focus, and motion stops for those who ask for less.
 */
class AccessibilityBrowserIT extends InContainerTest {

    /** Every page, and the states that show the most: filters on, results found, a list watched, refusals. */
    private static final List<String> PAGES = Stream.concat(Routes.PAGES.stream(), Stream.of(
            "/?date=2025-12-01&diet=vegan&avoid=milk&mode=dim", "/halls/collins?date=2026-02-07", "/search",
            "/dishes/cheese-tortellini", "/no-such-page", "/?date=yesterday")).toList();

    private static Browser browser;
    private static Axe axe;

    @BeforeAll
    static void openBrowser() {
        axe = Axe.load();
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
        emulate(List.of());
        browser.width(1280);
        browser.driver().manage().deleteAllCookies();
    }

    static Stream<Arguments> pagesInEachModeAndWidth() {
        List<Arguments> cases = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int width : List.of(375, 1280)) {
                for (String page : PAGES) {
                    cases.add(Arguments.of(page, scheme, width));
                }
            }
        }
        return cases.stream();
    }

    /** The dish page's dish is in the stored menus whatever ran before (Frank's Monday, Frary's Saturday). */
    @BeforeEach
    void storeTheDishesMenus() {
        for (String menu : List.of("hall_id=frank&date=2025-12-01", "hall_id=frary&date=2025-12-06")) {
            assertThat(app().get("/api/v2/menus?" + menu).statusCode()).as(menu).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0} in {1} mode at {2} px")
    @MethodSource("pagesInEachModeAndWidth")
    void axeFindsNoViolation(String page, String scheme, int width) {
        emulate(List.of(Map.of("name", "prefers-color-scheme", "value", scheme)));
        browser.width(width);
        if (page.equals("/watch")) {
            open("/static/site.css");
            browser.driver().manage().addCookie(new Cookie("watch", "cheese-tortellini.pizza"));
        }
        open(page);
        assertThat(browser.driver().findElements(By.tagName("main"))).as("a page of the site").hasSize(1);
        String heading = browser.driver().findElement(By.tagName("h1")).getText();
        assertThat(heading).as("the page meant, not an error").satisfies(h -> {
            if (!page.equals("/no-such-page") && !page.equals("/?date=yesterday")) {
                assertThat(h).doesNotContainIgnoringCase("no such").doesNotContainIgnoringCase("not found")
                        .doesNotContainIgnoringCase("went wrong");
            }
        });

        assertThat(axe.violations(browser.driver())).as("axe-core %s on %s, %s mode, %d px",
                axe.version(browser.driver()), page, scheme, width).isEmpty();
    }

    @Test
    void theCheckSeesAViolationWhenThereIsOne() {
        open("/open-now");
        browser.driver().executeScript("document.querySelector('main').append(document.createElement('button'));"
                + "const faint = document.createElement('p'); faint.textContent = 'faint';"
                + "faint.style.color = '#ddd'; faint.style.background = '#fff'; document.querySelector('main').append(faint);");

        assertThat(axe.violations(browser.driver())).anySatisfy(v -> assertThat(v).startsWith("button-name"))
                .anySatisfy(v -> assertThat(v).startsWith("color-contrast"));
    }

    @Test
    void theSkipLinkMealTabsDateBarAndFiltersWorkFromTheKeyboardWithAVisibleFocus() {
        open("/?date=2025-12-01");

        WebElement skip = press(Keys.TAB);
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getRect().getX()).as("shown once focused").isGreaterThanOrEqualTo(0);
        assertVisibleFocus(skip);

        WebElement day = tabUntil(e -> isIn(e, ".dates"));
        assertVisibleFocus(day);

        WebElement summary = tabUntil(e -> e.getTagName().equals("summary"));
        assertVisibleFocus(summary);
        press(Keys.ENTER);
        assertThat(browser.driver().findElement(By.cssSelector("details.filters")).getAttribute("open")).isNotNull();
        WebElement vegan = tabUntil(e -> "vegan".equals(e.getAttribute("value")));
        press(Keys.SPACE);
        assertThat(vegan.isSelected()).isTrue();
        assertVisibleFocusOn(vegan, vegan);

        WebElement tab = tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith("frary-")
                && e.getAttribute("class").contains("tab-input"));
        WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + tab.getAttribute("id") + "']"));
        assertVisibleFocusOn(tab, label);
        String before = visiblePanel("frary");
        WebElement next = press(Keys.ARROW_RIGHT);
        assertThat(next.isSelected()).isTrue();
        assertThat(visiblePanel("frary")).isNotEqualTo(before).isEqualTo(next.getAttribute("id") + "-panel");
    }

    @Test
    void motionStopsForThoseWhoAskForLess() {
        open("/");
        assertThat(browser.driver().findElement(By.cssSelector(".tab-labels label")).getCssValue("transition-duration"))
                .isEqualTo("0.15s, 0.15s");

        emulate(List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce")));
        open("/");

        Object moving = browser.driver().executeScript("""
                return [...document.querySelectorAll('*')].filter(e => {
                  const s = getComputedStyle(e);
                  return s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || s.animationName !== 'none';
                }).map(e => e.tagName + '.' + e.className);""");
        assertThat((List<?>) moving).isEmpty();
    }

    private void open(String path) {
        browser.driver().get(app().uri(path).toString());
    }

    private static void emulate(List<Map<String, String>> features) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
    }

    private static WebElement press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, within a bound: the page must be reachable, not endless. */
    private static WebElement tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 400; i++) {
            WebElement focused = press(Keys.TAB);
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached with the Tab key within 400 presses");
    }

    private static boolean isIn(WebElement element, String selector) {
        return Boolean.TRUE.equals(browser.driver().executeScript("return arguments[0].closest(arguments[1]) !== null;",
                element, selector));
    }

    private static void assertVisibleFocus(WebElement focused) {
        assertVisibleFocusOn(focused, focused);
    }

    /** The focused element is drawn with a focus ring, on itself or on what shows it (a tab's label). */
    private static void assertVisibleFocusOn(WebElement focused, WebElement drawn) {
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(focused);
        assertThat(drawn.getCssValue("outline-style")).as("focus ring of %s", drawn.getText()).isEqualTo("solid");
        assertThat(drawn.getCssValue("outline-width")).isEqualTo("3px");
    }

    private static String visiblePanel(String hall) {
        return browser.driver().findElement(By.id(hall)).findElements(By.cssSelector(".panel")).stream()
                .filter(WebElement::isDisplayed).findFirst().map(p -> p.getAttribute("id")).orElseThrow();
    }
}
