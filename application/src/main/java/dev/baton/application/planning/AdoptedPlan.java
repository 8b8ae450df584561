package dev.baton.application.planning;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A waterfall as it was adopted for one funnel and period: the goal and each planned stage's requirement, so that a
 * target on a stage's entries can show the number the plan asked of it. A funnel has one adopted plan per period;
 * adopting again replaces it.
 */
public record AdoptedPlan(
        long funnel,
        Period period,
        MetricKey goalMetric,
        BigDecimal goalValue,
        long deals,
        List<Requirement> stages,
        String adoptedBy,
        Instant adoptedAt) {

    /** A planned stage: its key, its owning team, the entries it requires and the rate on to the next stage. */
    public record Requirement(
            String stage, TeamId team, long required, Optional<BigDecimal> rateToNext, Optional<String> rateSource) {

        public Requirement {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(rateToNext, "rateToNext");
            Objects.requireNonNull(rateSource, "rateSource");
        }
    }

    public AdoptedPlan {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(goalMetric, "goalMetric");
        Objects.requireNonNull(goalValue, "goalValue");
        Objects.requireNonNull(adoptedBy, "adoptedBy");
        Objects.requireNonNull(adoptedAt, "adoptedAt");
        stages = List.copyOf(stages);
    }

    /** What the plan requires of a stage's entries, if the stage was planned. */
    public Optional<Requirement> requirement(String stage) {
        return stages.stream().filter(s -> s.stage().equals(stage)).findFirst();
    }
}
