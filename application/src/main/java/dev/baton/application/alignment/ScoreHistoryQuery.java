package dev.baton.application.alignment;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.domain.period.Period;
import java.util.Objects;

/** The alignment score over the {@code count} periods of one kind that end with {@code period} (6 by default). */
public record ScoreHistoryQuery(Period period, int count) {

    public static final int DEFAULT_COUNT = 6;
    public static final int MAX_COUNT = 24;

    public ScoreHistoryQuery {
        Objects.requireNonNull(period, "period");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count is between 1 and " + MAX_COUNT);
        }
    }

    public static ScoreHistoryQuery of(String period, Integer count) {
        Validation v = new Validation();
        Period parsed = TargetFields.period(v, "period", period);
        int n = count == null ? DEFAULT_COUNT : count;
        if (n < 1 || n > MAX_COUNT) {
            v.add(FieldError.of("count", "field.HISTORY_COUNT", MAX_COUNT));
        }
        v.throwIfInvalid();
        return new ScoreHistoryQuery(parsed, n);
    }
}
