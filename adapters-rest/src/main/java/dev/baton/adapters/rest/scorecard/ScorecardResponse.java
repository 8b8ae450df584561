package dev.baton.adapters.rest.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.adapters.rest.alignment.AlignmentResponse;
import dev.baton.adapters.rest.metric.Texts;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.measure.Coverage;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.Rounding;
import dev.baton.domain.scorecard.Pace;
import dev.baton.domain.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scorecard as JSON: the alignment report with actuals, each team's KPIs with standing and trend, unit economics.
 * {@code coverage}, {@code running} and {@code pace} came later than the rest; clients that do not know them can
 * ignore them. A KPI's {@code actual}, {@code coverage} and {@code trend} are of the target's own period: a quarter's
 * target in a month view is the quarter to date through that month, with a trend of quarters.
 */
public record ScorecardResponse(
        String period,
        AlignmentResponse alignment,
        List<TeamResponse> teams,
        List<EconomicsResponse> unitEconomics,
        boolean running) {

    @Schema(name = "ScorecardTeam")
    public record TeamResponse(long id, String name, List<KpiResponse> kpis) {}

    public record KpiResponse(
            String targetId,
            String metric,
            Texts name,
            String scope,
            String targetPeriod,
            String threshold,
            BigDecimal actual,
            String attainment,
            Texts reason,
            List<TrendPoint> trend,
            CoverageResponse coverage,
            @JsonInclude(JsonInclude.Include.NON_NULL) PaceResponse pace) {}

    /**
     * How a target of a running period stands on pace: the share of the period its data covers (four decimals) and,
     * for a flow, the bar to date and the run rate's projection to the period's end (rounded for the metric's unit).
     * {@code heldBack} is true when the period is too young to project from (then no projection and attainment
     * NO_DATA, with the reason). Absent for a period that has ended.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PaceResponse(
            BigDecimal elapsedShare, BigDecimal expectedToDate, BigDecimal projected, Boolean heldBack) {
        static PaceResponse of(Pace pace, Unit unit) {
            return new PaceResponse(
                    pace.elapsed().rounded(),
                    pace.expectedToDate().map(v -> Rounding.round(v, unit)).orElse(null),
                    pace.projected().map(v -> Rounding.round(v, unit)).orElse(null),
                    pace.heldBack() ? Boolean.TRUE : null);
        }
    }

    public record TrendPoint(String period, BigDecimal value) {}

    public record EconomicsResponse(
            String metric,
            Texts name,
            BigDecimal value,
            Texts reason,
            BigDecimal benchmark,
            boolean belowBenchmark,
            CoverageResponse coverage) {}

    /**
     * How many months of the period an actual covers: 2 of 3 for a quarter with two months recorded ({@code partial}),
     * the whole period when it was recorded for the period itself or every month has a value.
     */
    public record CoverageResponse(int months, int monthsInPeriod, boolean partial) {
        static CoverageResponse of(Coverage coverage) {
            return new CoverageResponse(coverage.months(), coverage.monthsInPeriod(), coverage.partial());
        }
    }

    public static ScorecardResponse of(Scorecard card) {
        List<TeamResponse> teams = new ArrayList<>();
        for (Scorecard.TeamCard team : card.teams()) {
            List<KpiResponse> kpis = new ArrayList<>();
            for (Scorecard.KpiLine line : team.kpis()) {
                List<TrendPoint> trend = new ArrayList<>();
                for (int i = 0; i < line.trend().size(); i++) {
                    trend.add(new TrendPoint(
                            line.trendPeriods().get(i).format(),
                            line.trend().get(i).orElse(null)));
                }
                kpis.add(new KpiResponse(
                        line.target().id().toString(),
                        line.target().metric().value(),
                        texts(line.metric().name()),
                        line.target().scope().map(StageScope::toString).orElse(null),
                        line.target().period().format(),
                        line.target().threshold().display(line.metric().unit()),
                        line.standing().actual().orElse(null),
                        line.standing().attainment().name(),
                        line.standing()
                                .reason()
                                .map(Phrasebook::both)
                                .map(ScorecardResponse::texts)
                                .orElse(null),
                        trend,
                        CoverageResponse.of(line.coverage()),
                        line.standing()
                                .pace()
                                .map(pace -> PaceResponse.of(pace, line.metric().unit()))
                                .orElse(null)));
            }
            teams.add(new TeamResponse(team.team().id().value(), team.team().name(), kpis));
        }
        List<EconomicsResponse> economics = card.economics().stream()
                .map(line -> new EconomicsResponse(
                        line.metric().key().value(),
                        texts(line.metric().name()),
                        line.value().toOptional().orElse(null),
                        line.value() instanceof MetricValue.Unavailable u
                                ? texts(Phrasebook.both(u.reason().phrase()))
                                : null,
                        line.benchmark().orElse(null),
                        line.belowBenchmark(),
                        CoverageResponse.of(line.coverage())))
                .toList();
        return new ScorecardResponse(
                card.period().format(), AlignmentResponse.of(card.alignment()), teams, economics, card.running());
    }

    private static Texts texts(LocalizedText text) {
        return new Texts(text.en(), text.zhCn());
    }
}
