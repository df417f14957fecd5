package org.fivecmenus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the npm package (pinned in {@code src/test/axe}, installed by {@code .ci/services}), injected into
 * the page Chromium shows and run over it: every WCAG 2.0, 2.1 and 2.2 rule of levels A and AA, and axe's best
 * practices.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
                    'best-practice']}, resultTypes: ['violations']})
                .then(results => done(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))),
                      error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    public static Axe load() {
        if (!Files.isReadable(SCRIPT)) {
            throw new IllegalStateException("The accessibility tests need axe-core in " + SCRIPT
                    + ": run `bash .ci/services` (it runs npm ci in src/test/axe).");
        }
        try {
            return new Axe(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version the page runs, as axe reports it. */
    public String version(ChromeDriver driver) {
        inject(driver);
        return String.valueOf(driver.executeScript("return axe.version;"));
    }

    /** Every violation on the page as shown now, one line per rule with the elements that break it; empty if none. */
    public List<String> violations(ChromeDriver driver) {
        inject(driver);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(RUN);
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
                + ((List<?>) v.get("nodes")).stream().map(String::valueOf).collect(Collectors.joining("\n    ")))
                .toList();
    }

    private void inject(ChromeDriver driver) {
        // Through the driver, not a <script> element: the page's CSP allows no script but its own.
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(source);
        }
    }
}
