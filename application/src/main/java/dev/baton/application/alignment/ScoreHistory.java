package dev.baton.application.alignment;

import dev.baton.domain.period.Period;
import java.util.List;

/** The alignment score of consecutive periods of one kind, oldest first. */
public record ScoreHistory(List<Point> points) {

    public ScoreHistory {
        points = List.copyOf(points);
    }

    /** One period's score, with the handoffs covered out of all and the violations it counts. */
    public record Point(Period period, int score, int coveredHandoffs, int handoffs, long violations) {}
}
