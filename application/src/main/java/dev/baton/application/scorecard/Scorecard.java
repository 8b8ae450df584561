package dev.baton.application.scorecard;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.measure.Coverage;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.period.Period;
import dev.baton.domain.scorecard.TargetStanding;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the scorecard shows for one period: the alignment report computed with the period's measures as actuals,
 * each active team's targets in force with their actual, standing and trend, and the unit-economics panel. A quarter's
 * and a year's actuals are rolled up from their months where they have no value of their own, and each says how much
 * of the period it covers.
 *
 * @param trendPeriods the periods of the sparklines of the period's own targets, oldest first, ending with
 *     {@code period}; a longer target's line has its own
 * @param running whether the period holds today, so that an actual covering part of it is a value to date rather
 *     than one with gaps
 * @param funnels every funnel, to draw with the handoffs the report covers
 * @param catalog the catalog the actuals were computed with, for the metrics' names
 */
public record Scorecard(
        Period period,
        AlignmentOutcome alignment,
        List<TeamCard> teams,
        List<EconomicsLine> economics,
        List<Period> trendPeriods,
        boolean running,
        List<StoredFunnel> funnels,
        MetricCatalog catalog) {

    public Scorecard {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(catalog, "catalog");
        funnels = List.copyOf(funnels);
        teams = List.copyOf(teams);
        economics = List.copyOf(economics);
        trendPeriods = List.copyOf(trendPeriods);
    }

    /** One team and the targets it holds in the period (its own and those of enclosing periods). */
    public record TeamCard(PlanTeam team, List<KpiLine> kpis) {
        public TeamCard {
            Objects.requireNonNull(team, "team");
            kpis = List.copyOf(kpis);
        }
    }

    /**
     * A target with its metric, how it stands, how much of the target's own period its actual covers, and the metric's
     * actual in each trend period (empty where it has no value). A quarter's or a year's target in a month view is
     * judged on its own period to date through the viewed month, and its trend is of its own period kind.
     *
     * @param trendPeriods the periods of {@code trend}, oldest first, ending with the target's period
     */
    public record KpiLine(
            KpiTarget target,
            MetricDefinition metric,
            TargetStanding standing,
            Coverage coverage,
            List<Optional<BigDecimal>> trend,
            List<Period> trendPeriods) {
        public KpiLine {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(standing, "standing");
            Objects.requireNonNull(coverage, "coverage");
            trend = List.copyOf(trend);
            trendPeriods = List.copyOf(trendPeriods);
            if (trend.size() != trendPeriods.size()) {
                throw new IllegalArgumentException("a trend has one value per trend period");
            }
        }

        /** Whether the line is judged on a period longer than the one viewed: "2026-Q4 to date" in a month. */
        public boolean longerThan(Period viewed) {
            return !target.period().equals(viewed) && target.period().contains(viewed);
        }
    }

    /**
     * A unit-economics metric with its value or why it has none, how much of the period the value covers, and the
     * benchmark it is held against, if any.
     */
    public record EconomicsLine(
            MetricDefinition metric, MetricValue value, Coverage coverage, Optional<BigDecimal> benchmark) {
        public EconomicsLine {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(coverage, "coverage");
            Objects.requireNonNull(benchmark, "benchmark");
        }

        /** Whether the value is known and falls below its benchmark. */
        public boolean belowBenchmark() {
            return benchmark.isPresent()
                    && value.toOptional()
                            .map(v -> v.compareTo(benchmark.get()) < 0)
                            .orElse(false);
        }
    }
}
