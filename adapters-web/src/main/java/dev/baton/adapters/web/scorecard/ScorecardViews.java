package dev.baton.adapters.web.scorecard;

import java.util.List;

/** The view records the scorecard template reads, built by {@link ScorecardPage}. */
public final class ScorecardViews {

    private ScorecardViews() {}

    /** A team in the funnel legend, with its colour from the fixed palette. */
    public record Legend(String name, String fill) {}

    /** A stage box of the funnel drawing. */
    public record Box(
            int x,
            int y,
            int width,
            int height,
            String fill,
            String label,
            String team,
            int textX,
            int textY,
            int teamY) {}

    /**
     * An arrow between two stages: a handoff is green when covered and red when not, and labelled with the shared
     * metric; an arrow inside one team's stretch is grey.
     */
    public record Arrow(
            int x1,
            int x2,
            int y,
            String stroke,
            String marker,
            boolean handoff,
            boolean covered,
            String label,
            int labelX,
            int labelY) {}

    /**
     * A finding in the reader's language, with suggested metric names and links to the involved teams' editors.
     * {@code index} is its place in the report; {@code settles} whether it is an uncovered handoff with suggestions, which
     * the reader may adopt or propose ({@link FindingSettling}, filled in per reader).
     */
    public record FindingItem(
            String severity,
            String message,
            List<String> suggestions,
            List<TeamLink> teams,
            int index,
            boolean settles) {

        /** Where the reader's own actions on this finding go in the shared body. */
        public String marker() {
            return FindingSettling.marker(index);
        }
    }

    public record TeamLink(long id, String name) {}

    /** Findings of one severity. */
    public record FindingGroup(String severity, List<FindingItem> items) {}

    /**
     * A KPI row of a team's table; {@code coverage} is null when the actual covers the whole period, {@code pace} when
     * the target's period has ended. {@code ownPeriod} is set when the target is of a longer period than the one
     * viewed ("2026-Q4 to date"), {@code toDate} whether its actual is a value to date.
     */
    public record KpiRow(
            String metricName,
            String metricKey,
            String scope,
            String period,
            String threshold,
            String actual,
            CoverageNote coverage,
            String attainment,
            String reason,
            boolean spark,
            String points,
            String trendText,
            boolean toDate,
            String ownPeriod,
            PaceNote pace,
            String targetId) {}

    /**
     * How a running target stands on pace, to be worded: {@code kind} is ON ("on pace for 3,000 by 31 Dec (target ≥
     * 3,000)"), BEHIND or OVER ("behind pace: 1,500 projected"), HELD (too early to project) or TO_DATE (a rate, an
     * average or a stock: its value to date). {@code markerWidth} draws the running share on a 60-pixel bar.
     */
    public record PaceNote(String kind, String projected, String by, int percent, int markerWidth) {}

    public record TeamTable(long id, String name, List<KpiRow> rows) {}

    /**
     * A unit-economics line: the value or why there is none, how much of the period it covers (null when all of it),
     * and whether it sits below its benchmark.
     */
    public record EconomicsRow(
            String name,
            String key,
            String value,
            CoverageNote coverage,
            String reason,
            String benchmark,
            boolean below) {}

    /**
     * Everything the scorecard's template shows: the period and its neighbours, the score with its formula, the funnels
     * drawn, the findings by severity, each team's KPIs and the unit economics.
     */
    public record ScorecardView(
            String period,
            String granularity,
            String previousPeriod,
            String nextPeriod,
            int score,
            String scoreFormula,
            long violations,
            long warnings,
            List<FunnelDrawing> funnels,
            List<Legend> legend,
            List<FindingGroup> findings,
            List<TeamTable> teams,
            List<EconomicsRow> economics,
            String trendFrom,
            String trendTo,
            boolean toDate) {}

    /** An actual that covers only part of its period: "to date · 2 of 3 months". */
    public record CoverageNote(int months, int total) {}
}
