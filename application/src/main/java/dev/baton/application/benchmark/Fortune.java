package dev.baton.application.benchmark;

/** A row of the benchmark baseline's table. */
public record Fortune(int id, String message) {}
