package org.fivecmenus.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every link of the README and docs/ to a file or a heading of the repository resolves, as GitHub renders it. */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkPointsAtAFileOrHeadingThatExists() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("BENCHMARKS.md"),
                Path.of("RESILIENCE.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        assertThat(documents).contains(Path.of("docs", "architecture.md"));

        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents) {
            Matcher link = LINK.matcher(Files.readString(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;  // http:, https:, mailto: leave the repository
                }
                links++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? document : document.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(document + ": " + target + " (no such file)");
                } else if (anchor != null && !anchors(resolved).contains(anchor)) {
                    broken.add(document + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(links).as("links checked").isGreaterThan(10);
        assertThat(broken).isEmpty();
    }

    /**
     * Every class docs/architecture.md names as {@code package.Class} (or {@code package.Class.method}) is a class of
     * the application, with that method: a renamed class cannot leave the walkthroughs behind.
     */
    @Test
    void everyClassAndMethodTheArchitectureNamesExists() throws IOException {
        Matcher named = Pattern.compile("`((?:[a-z]+\\.)+)([A-Z][A-Za-z0-9]*)(?:\\.([a-z][A-Za-z0-9]*))?[`(]")
                .matcher(Files.readString(Path.of("docs", "architecture.md")));
        List<String> missing = new ArrayList<>();
        int names = 0;
        while (named.find()) {
            String type = "org.fivecmenus." + named.group(1) + named.group(2);
            names++;
            try {
                Class<?> found = Class.forName(type, false, getClass().getClassLoader());
                String method = named.group(3);
                if (method != null && java.util.Arrays.stream(found.getDeclaredMethods())
                        .noneMatch(m -> m.getName().equals(method))) {
                    missing.add(type + "." + method);
                }
            } catch (ClassNotFoundException e) {
                missing.add(type);
            }
        }
        assertThat(names).as("classes named").isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void headingsBecomeAnchorsTheWayGitHubMakesThem() {
        assertThat(anchor("Hoch without a Sodexo API key")).isEqualTo("hoch-without-a-sodexo-api-key");
        assertThat(anchor("4. \"Open now\"")).isEqualTo("4-open-now");
        assertThat(anchor("Stations and roles")).isEqualTo("stations-and-roles");
    }

    private static Set<String> anchors(Path markdown) {
        if (!markdown.toString().endsWith(".md")) {
            return Set.of();
        }
        try {
            Matcher heading = HEADING.matcher(Files.readString(markdown).replaceAll("(?s)```.*?```", ""));
            return heading.results().map(h -> anchor(h.group(1))).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GitHub's rule: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
