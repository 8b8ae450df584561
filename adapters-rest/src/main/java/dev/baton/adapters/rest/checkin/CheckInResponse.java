package dev.baton.adapters.rest.checkin;

import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A check-in as it reads now, with every wording it had (the original first). */
public record CheckInResponse(
        String id,
        String target,
        String note,
        String confidence,
        BigDecimal forecast,
        String recordedBy,
        Instant recordedAt,
        List<Wording> history,
        long version) {

    public record Wording(String note, String confidence, BigDecimal forecast, String writtenBy, Instant writtenAt) {

        static Wording of(CheckInText text) {
            return new Wording(
                    text.note(),
                    text.confidence().name(),
                    text.forecast().orElse(null),
                    text.writtenBy(),
                    text.writtenAt());
        }
    }

    public static CheckInResponse of(CheckIn checkIn) {
        CheckInText now = checkIn.current();
        return new CheckInResponse(
                checkIn.id().toString(),
                checkIn.target().toString(),
                now.note(),
                now.confidence().name(),
                now.forecast().orElse(null),
                checkIn.original().writtenBy(),
                checkIn.recordedAt(),
                checkIn.history().stream().map(Wording::of).toList(),
                checkIn.version());
    }
}
