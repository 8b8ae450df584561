package dev.baton.domain.planning;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a number of the waterfall came from: given by the planner, or taken from the recorded months {@code from}
 * through {@code to}. Written {@code given} or {@code history 2026-06…2026-11}.
 */
public record Source(Optional<YearMonth> from, Optional<YearMonth> to) {

    public static final Source GIVEN = new Source(Optional.empty(), Optional.empty());

    public Source {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() != to.isPresent()) {
            throw new IllegalArgumentException("a history names its first and its last month");
        }
        if (from.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("a history runs forwards: " + from.get() + " is after " + to.get());
        }
    }

    public static Source history(YearMonth from, YearMonth to) {
        return new Source(Optional.of(from), Optional.of(to));
    }

    public boolean given() {
        return from.isEmpty();
    }

    /** {@code given}, or {@code history <first>…<last>}: what the API answers with. */
    public String text() {
        return given() ? "given" : "history " + from.get() + "…" + to.get();
    }

    @Override
    public String toString() {
        return text();
    }
}
