package dev.baton.adapters.rest.metric;

/** A metric an admin adds to the catalog; the formula is in Baton's formula language (see docs/metrics.md). */
public record CustomMetricRequest(
        String key, Texts name, Texts description, String unit, String direction, String category, String formula) {}
