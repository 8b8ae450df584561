package dev.baton.adapters.web.measure;

/** A measure of the catalog offered for the add-another row. */
public record MeasureOption(String key, String label) {}
