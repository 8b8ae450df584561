package dev.baton.domain.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One wording of a check-in: the note, the confidence, the forecast for the period's end, and who wrote it when. The
 * first is the original; every edit adds one.
 */
public record CheckInText(
        String note, Confidence confidence, Optional<BigDecimal> forecast, String writtenBy, Instant writtenAt) {

    public static final int MAX_NOTE = 2000;

    public CheckInText {
        Objects.requireNonNull(note, "note");
        note = note.strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a check-in note has at most " + MAX_NOTE + " characters");
        }
        Objects.requireNonNull(confidence, "confidence");
        forecast = forecast == null ? Optional.empty() : forecast;
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    /** The note's first line, for a line of the scorecard. */
    public String firstLine() {
        int end = note.indexOf('\n');
        return (end < 0 ? note : note.substring(0, end)).strip();
    }
}
