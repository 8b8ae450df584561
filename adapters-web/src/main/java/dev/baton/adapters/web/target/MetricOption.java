package dev.baton.adapters.web.target;

/** A catalog entry in the metric select. */
public record MetricOption(String key, String name, boolean stageScoped) {}
