package dev.baton.domain.checkin;

import dev.baton.domain.target.KpiTargetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The owner's word on a target at one moment of its period. An edit never overwrites: it adds a wording, so the
 * original and every change (who, when) stay readable. {@code version} guards concurrent edits.
 */
public record CheckIn(CheckInId id, KpiTargetId target, List<CheckInText> history, long version) {

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a check-in has at least its original wording");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative, got " + version);
        }
    }

    public static CheckIn record(KpiTargetId target, CheckInText text) {
        return new CheckIn(CheckInId.newId(), target, List.of(text), 0);
    }

    public CheckIn edited(CheckInText text) {
        List<CheckInText> more = new ArrayList<>(history);
        more.add(text);
        return new CheckIn(id, target, more, version);
    }

    /** What the check-in says now. */
    public CheckInText current() {
        return history.get(history.size() - 1);
    }

    public CheckInText original() {
        return history.get(0);
    }

    /** When it was first recorded: check-ins are ordered by this, not by their latest edit. */
    public Instant recordedAt() {
        return original().writtenAt();
    }

    public boolean edited() {
        return history.size() > 1;
    }
}
