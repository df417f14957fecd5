package org.fivecmenus.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checker the page tests rely on must actually reject broken pages. */
class HtmlCheckerTest {

    @Test
    void acceptsAValidPage() {
        assertThatCode(() -> HtmlChecker.assertValid("valid", "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>t</title></head><body><main><p>ok</p></main></body></html>"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAPageWithMarkupErrors() {
        assertThatThrownBy(() -> HtmlChecker.assertValid("broken", "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<title>t</title></head><body><ul><div>not a list item</div></ul><p id=a></p><p id=a></p></body></html>"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HTML errors in broken");
    }
}
