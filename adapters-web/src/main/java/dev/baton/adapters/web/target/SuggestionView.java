package dev.baton.adapters.web.target;

/**
 * A metric suggested for an uncovered handoff. When the neighbouring team already holds it, its bar is offered for
 * one-click adoption ({@code type}, {@code value}, {@code min}, {@code max}); otherwise {@code prefill} opens the form
 * with the metric chosen.
 */
public record SuggestionView(
        String metric,
        String name,
        String scopeFrom,
        String scopeTo,
        String neighbour,
        boolean withBar,
        String type,
        String value,
        String min,
        String max,
        String prefill) {}
