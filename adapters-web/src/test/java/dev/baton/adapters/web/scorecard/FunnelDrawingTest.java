package dev.baton.adapters.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.AlignmentScore;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelDrawingTest {

    private static final TeamId MARKETING = new TeamId(1);
    private static final TeamId SALES = new TeamId(2);
    private static final Period PERIOD = Period.parse("2026-Q4");

    private final Stage lead = Stage.of("lead", "Lead", MARKETING);
    private final Stage mql = Stage.of("mql", "MQL", MARKETING);
    private final Stage sql = Stage.of("sql", "SQL", SALES);
    private final Stage won = Stage.of("won", "Won", MARKETING);
    private final StoredFunnel funnel = new StoredFunnel(7, Funnel.of("Main", lead, mql, sql, won), 0);

    private FunnelDrawing draw(List<HandoffCoverage> coverage) {
        AlignmentReport report =
                new AlignmentReport(PERIOD, 50, AlignmentScore.formula(), coverage, List.of(), List.of(), List.of());
        AlignmentOutcome outcome = new AlignmentOutcome(report, List.of(), Map.of());
        return FunnelDrawing.of(funnel, outcome, Map.of(MARKETING, 0, SALES, 1), Map.of("new_revenue", "New revenue"));
    }

    @Test
    void aCoveredHandoffIsAGreenArrowLabelledWithTheSharedMetricAndAnUncoveredOneARedCross() {
        MetricSlot shared = new MetricSlot(MetricKey.of("new_revenue"), Optional.empty(), PERIOD);
        FunnelDrawing drawing = draw(List.of(
                new HandoffCoverage("Main", Handoff.between(mql, sql), List.of(shared)),
                new HandoffCoverage("Main", Handoff.between(sql, won), List.of())));

        assertThat(drawing.arrows()).hasSize(3);
        assertThat(drawing.arrows().get(0).stroke()).isEqualTo(FunnelDrawing.INTERNAL);
        assertThat(drawing.arrows().get(0).handoff()).isFalse();
        assertThat(drawing.arrows().get(1).stroke()).isEqualTo(FunnelDrawing.COVERED);
        assertThat(drawing.arrows().get(1).label()).isEqualTo("New revenue");
        assertThat(drawing.arrows().get(2).stroke()).isEqualTo(FunnelDrawing.UNCOVERED);
        assertThat(drawing.arrows().get(2).label()).isEqualTo("✕");
        assertThat(drawing.lines())
                .containsExactly("MQL → SQL (team 1 → team 2): ✓ New revenue", "SQL → Won (team 2 → team 1): ✕");
    }

    @Test
    void eachStageIsABoxInItsOwnersColourSideBySide() {
        FunnelDrawing drawing = draw(List.of());

        assertThat(drawing.boxes())
                .extracting(ScorecardViews.Box::fill)
                .containsExactly(
                        FunnelDrawing.PALETTE.get(0),
                        FunnelDrawing.PALETTE.get(0),
                        FunnelDrawing.PALETTE.get(1),
                        FunnelDrawing.PALETTE.get(0));
        assertThat(drawing.boxes()).extracting(ScorecardViews.Box::x).containsExactly(8, 192, 376, 560);
        assertThat(drawing.width()).isEqualTo(8 * 2 + 4 * (124 + 60) - 60);
    }

    @Test
    void aStepWithoutAReportedHandoffIsDrawnAsInternal() {
        FunnelDrawing drawing = draw(List.of());

        assertThat(drawing.arrows()).allMatch(arrow -> arrow.stroke().equals(FunnelDrawing.INTERNAL));
        assertThat(drawing.lines()).isEmpty();
    }

    @Test
    void aTeamWithoutAColourIsGreyAndLongNamesAreShortened() {
        assertThat(FunnelDrawing.colour(-1)).isEqualTo(FunnelDrawing.INTERNAL);
        assertThat(FunnelDrawing.colour(FunnelDrawing.PALETTE.size())).isEqualTo(FunnelDrawing.PALETTE.get(0));
        assertThat(FunnelDrawing.shorten("Customer success team", 10)).isEqualTo("Customer …");
        assertThat(FunnelDrawing.shorten("Sales", 10)).isEqualTo("Sales");
    }
}
