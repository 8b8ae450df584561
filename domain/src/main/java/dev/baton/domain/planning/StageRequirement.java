package dev.baton.domain.planning;

import dev.baton.domain.funnel.Stage;
import java.util.Objects;
import java.util.Optional;

/**
 * How many must enter a stage in the period for the goal to be reached, and the rate on to the next stage it was
 * worked back from (none for the won stage).
 */
public record StageRequirement(Stage stage, long required, Optional<Rate> rateToNext) {

    public StageRequirement {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(rateToNext, "rateToNext");
        if (required < 1) {
            throw new IllegalArgumentException("a stage requires at least one entry, got " + required);
        }
    }
}
