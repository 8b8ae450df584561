package dev.baton.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The browser tests' accessibility checks: axe-core's WCAG 2.1 A and AA rules with nothing left out, no scrolling
 * sideways, and moving through a page with the Tab key as someone without a mouse does.
 */
public final class Accessibility {

    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /** No axe violation of WCAG 2.1 A and AA, and no scrolling sideways. */
    public static void passesWcagAaAndFits(Page page, String path) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();

        assertThat(results.getViolations()).as(path + ": " + describe(results)).isEmpty();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as(path + " scrolls sideways by")
                .isLessThanOrEqualTo(0);
    }

    /** Presses Tab (at most 60 times) from the top of the page until the focused element is a form field of this name. */
    public static void tabUntil(Page page, String name) {
        tabUntilFocused(page, "el => el.name === " + quoted(name), "the field " + name);
    }

    /**
     * Presses Tab (at most 60 times) from the top of the page until the focused element passes {@code test}, a
     * JavaScript function of the element.
     */
    public static void tabUntilFocused(Page page, String test, String what) {
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            Object reached =
                    page.evaluate("() => { const el = document.activeElement; return !!el && (" + test + ")(el); }");
            if (Boolean.TRUE.equals(reached)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    public static String describe(AxeResults results) {
        return results.getViolations().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(node -> node.getHtml() + " " + node.getFailureSummary())
                        .collect(Collectors.joining(" | "));
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
