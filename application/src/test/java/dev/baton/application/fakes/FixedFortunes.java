package dev.baton.application.fakes;

import dev.baton.application.benchmark.Fortune;
import dev.baton.application.benchmark.port.Fortunes;
import java.util.List;

/** The fortunes a test stores. */
public record FixedFortunes(List<Fortune> all) implements Fortunes {}
