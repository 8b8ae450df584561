package dev.baton.application.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.AlignmentScore;
import dev.baton.domain.metric.catalog.BuiltInMetricCatalog;
import dev.baton.domain.period.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentScorecardsTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 18);

    private static Scorecard scorecard(Period period) {
        AlignmentReport report =
                new AlignmentReport(period, 100, AlignmentScore.formula(), List.of(), List.of(), List.of(), List.of());
        return new Scorecard(
                period,
                new AlignmentOutcome(report, List.of(), Map.of()),
                List.of(),
                List.of(),
                List.of(period),
                false,
                List.of(),
                BuiltInMetricCatalog.instance());
    }

    private static RecentScorecards.Key key(String period, String version) {
        return new RecentScorecards.Key(Optional.of(Period.parse(period)), NOVEMBER, version);
    }

    @Test
    void aScorecardIsHandedOutAgainOnlyForTheSameDataVersion() {
        RecentScorecards recent = new RecentScorecards(4);
        Scorecard kept = scorecard(Period.parse("2026-Q4"));
        recent.keep(key("2026-Q4", "10:12:"), kept);

        assertThat(recent.find(key("2026-Q4", "10:12:"))).containsSame(kept);
        assertThat(recent.find(key("2026-Q4", "10:13:"))).isEmpty();
        assertThat(recent.find(key("2026-Q3", "10:12:"))).isEmpty();
        assertThat(recent.find(new RecentScorecards.Key(Optional.empty(), NOVEMBER, "10:12:")))
                .isEmpty();
        assertThat(recent.find(new RecentScorecards.Key(
                        Optional.of(Period.parse("2026-Q4")), NOVEMBER.plusMonths(1), "10:12:")))
                .isEmpty();
    }

    @Test
    void theLeastRecentlyUsedScorecardMakesRoomForANewOne() {
        RecentScorecards recent = new RecentScorecards(2);
        recent.keep(key("2026-01", "v"), scorecard(Period.parse("2026-01")));
        recent.keep(key("2026-02", "v"), scorecard(Period.parse("2026-02")));
        recent.find(key("2026-01", "v"));

        recent.keep(key("2026-03", "v"), scorecard(Period.parse("2026-03")));

        assertThat(recent.find(key("2026-01", "v"))).isPresent();
        assertThat(recent.find(key("2026-02", "v"))).isEmpty();
        assertThat(recent.find(key("2026-03", "v"))).isPresent();
        assertThatThrownBy(() -> new RecentScorecards(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
