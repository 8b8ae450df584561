package dev.baton.adapters.web.metric;

/** One input of a worked example: its name in the reader's language and the number, formatted for them. */
public record ExampleLine(String key, String label, String value) {}
