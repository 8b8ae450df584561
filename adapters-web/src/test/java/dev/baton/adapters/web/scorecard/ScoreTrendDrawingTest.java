package dev.baton.adapters.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.alignment.ScoreHistory;
import dev.baton.domain.period.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTrendDrawingTest {

    private static ScoreHistory.Point point(String period, int score) {
        return new ScoreHistory.Point(Period.parse(period), score, 0, 0, 0);
    }

    @Test
    void theScaleIsFixedSoAFullScoreSitsAtTheTopAndNoneAtTheBaseline() {
        String svg =
                ScoreTrendDrawing.svg(new ScoreHistory(List.of(point("2026-09", 0), point("2026-10", 100))), "label");

        assertThat(svg).contains("<polyline points=\"22.0,78.0 298.0,18.0\"");
    }

    @Test
    void eachPointCarriesItsScoreAndPeriodInWriting() {
        String svg = ScoreTrendDrawing.svg(
                new ScoreHistory(List.of(point("2026-Q3", 40), point("2026-Q4", 70))), "Score & trend");

        assertThat(svg)
                .contains(">40</text>", ">70</text>", ">2026-Q3</text>", ">2026-Q4</text>")
                .contains("<title>Score &amp; trend</title>");
    }

    @Test
    void aSinglePeriodIsAPointWithoutALine() {
        String svg = ScoreTrendDrawing.svg(new ScoreHistory(List.of(point("1900-01", 50))), "label");

        assertThat(svg).doesNotContain("<polyline").contains("<circle cx=\"160.0\" cy=\"48.0\"");
    }
}
