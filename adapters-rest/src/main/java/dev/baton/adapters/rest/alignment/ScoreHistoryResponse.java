package dev.baton.adapters.rest.alignment;

import dev.baton.application.alignment.ScoreHistory;
import java.util.List;

/** The alignment score over consecutive periods, oldest first. */
public record ScoreHistoryResponse(List<Point> points) {

    public record Point(String period, int score, int coveredHandoffs, int handoffs, long violations) {}

    public static ScoreHistoryResponse of(ScoreHistory history) {
        return new ScoreHistoryResponse(history.points().stream()
                .map(p -> new Point(p.period().format(), p.score(), p.coveredHandoffs(), p.handoffs(), p.violations()))
                .toList());
    }
}
