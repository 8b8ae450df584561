package dev.baton.application.checkin;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.domain.checkin.CheckInId;
import dev.baton.domain.checkin.CheckInText;
import dev.baton.domain.checkin.Confidence;
import dev.baton.domain.target.KpiTargetId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Record a check-in on a target, or (with {@code checkIn} and {@code version}) edit one: a note of at most 2,000
 * characters, the owner's confidence and optionally a forecast for the period's end.
 */
public record CheckInCommand(
        KpiTargetId target,
        Optional<CheckInId> checkIn,
        String note,
        Confidence confidence,
        Optional<BigDecimal> forecast,
        long version) {

    public CheckInCommand {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(forecast, "forecast");
    }

    public static CheckInCommand record(String target, CheckInInput in) {
        return parse(target, Optional.empty(), in, false);
    }

    public static CheckInCommand edit(String target, String checkIn, CheckInInput in) {
        CheckInId id = checkInId(checkIn).orElseThrow(() -> new NotFoundException("check-in", checkIn));
        return parse(target, Optional.of(id), in, true);
    }

    public static Optional<CheckInId> checkInId(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(CheckInId.of(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static KpiTargetId targetId(String raw) {
        return TargetFields.id(raw).orElseThrow(() -> new NotFoundException("target", raw));
    }

    private static CheckInCommand parse(String target, Optional<CheckInId> checkIn, CheckInInput in, boolean edit) {
        KpiTargetId targetId = targetId(target);
        Validation v = new Validation();
        String note = in.note() == null ? "" : in.note().strip();
        if (note.isEmpty()) {
            v.add(FieldError.of("note", "field.CHECK_IN_NOTE_REQUIRED"));
        } else if (note.length() > CheckInText.MAX_NOTE) {
            v.add(FieldError.of("note", "field.CHECK_IN_NOTE_TOO_LONG", CheckInText.MAX_NOTE, note.length()));
        }
        Confidence confidence = v.enumField("confidence", in.confidence(), Confidence.class);
        long version = edit ? TargetFields.version(v, in.version()) : 0;
        v.throwIfInvalid();
        return new CheckInCommand(targetId, checkIn, note, confidence, Optional.ofNullable(in.forecast()), version);
    }
}
