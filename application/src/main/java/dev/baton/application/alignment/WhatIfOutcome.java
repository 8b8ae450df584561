package dev.baton.application.alignment;

import java.util.Objects;

/** The stored plan's report as it is, and as it would be with the change. Nothing was saved. */
public record WhatIfOutcome(AlignmentOutcome before, AlignmentOutcome after) {

    public WhatIfOutcome {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
