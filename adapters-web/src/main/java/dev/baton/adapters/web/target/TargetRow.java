package dev.baton.adapters.web.target;

import dev.baton.adapters.web.target.TargetEditorView.ContextView;

/** A target as the editor lists it, with the context of its number. */
public record TargetRow(
        String id,
        long version,
        String metric,
        String metricName,
        String scope,
        String period,
        String threshold,
        String owner,
        String rationale,
        boolean runsAgainst,
        ContextView context) {}
