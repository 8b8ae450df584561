package dev.baton.application.checkin.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import dev.baton.domain.checkin.Confidence;
import dev.baton.domain.target.KpiTargetId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every CheckInRepository keeps, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class CheckInRepositoryContract {

    protected abstract CheckInRepository checkIns();

    /** A stored target. */
    protected abstract KpiTargetId aTarget();

    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private static CheckInText text(String note, Confidence confidence, String at) {
        return new CheckInText(note, confidence, Optional.of(new BigDecimal("140000")), "owner", Instant.parse(at));
    }

    @Test
    void anEditKeepsTheOriginalWordingAndWhoEditedWhen() {
        KpiTargetId target = aTarget();
        CheckIn recorded =
                CheckIn.record(target, text("Pipeline looks thin", Confidence.AT_RISK, "2026-11-02T09:00:00Z"));
        inTransaction(() -> checkIns().add(recorded));
        CheckIn edited = inTransaction(() -> checkIns()
                .update(recorded.edited(new CheckInText(
                        "Two deals moved up",
                        Confidence.ON_TRACK,
                        Optional.empty(),
                        "lead",
                        Instant.parse("2026-11-03T09:00:00Z")))));
        assertThat(edited.version()).isGreaterThan(recorded.version());

        CheckIn read = inTransaction(() -> checkIns().findById(recorded.id())).orElseThrow();
        assertThat(read.history()).hasSize(2);
        assertThat(read.original().note()).isEqualTo("Pipeline looks thin");
        assertThat(read.original().forecast()).contains(new BigDecimal("140000"));
        assertThat(read.current().note()).isEqualTo("Two deals moved up");
        assertThat(read.current().writtenBy()).isEqualTo("lead");
        assertThat(read.current().writtenAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        assertThat(read.current().forecast()).isEmpty();
    }

    @Test
    void anEditFromAStaleVersionIsRefused() {
        CheckIn recorded = CheckIn.record(aTarget(), text("First", Confidence.ON_TRACK, "2026-11-02T09:00:00Z"));
        inTransaction(() -> checkIns().add(recorded));
        inTransaction(
                () -> checkIns().update(recorded.edited(text("Second", Confidence.AT_RISK, "2026-11-02T10:00:00Z"))));
        assertThatThrownBy(() -> inTransaction(() -> checkIns()
                        .update(recorded.edited(text("Stale", Confidence.OFF_TRACK, "2026-11-02T11:00:00Z")))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aTargetsCheckInsComeOldestFirstAndTheLatestIsTheLastRecorded() {
        KpiTargetId target = aTarget();
        KpiTargetId other = aTarget();
        CheckIn second = CheckIn.record(target, text("Second", Confidence.AT_RISK, "2026-11-09T09:00:00Z"));
        CheckIn first = CheckIn.record(target, text("First", Confidence.ON_TRACK, "2026-11-02T09:00:00Z"));
        CheckIn elsewhere = CheckIn.record(other, text("Other", Confidence.OFF_TRACK, "2026-11-05T09:00:00Z"));
        inTransaction(() -> checkIns().add(second));
        inTransaction(() -> checkIns().add(first));
        inTransaction(() -> checkIns().add(elsewhere));

        assertThat(inTransaction(() -> checkIns().of(target)))
                .extracting(CheckIn::id)
                .containsExactly(first.id(), second.id());
        assertThat(inTransaction(() -> checkIns().latestOf(List.of(target, other))))
                .containsOnlyKeys(target, other)
                .hasEntrySatisfying(target, c -> assertThat(c.id()).isEqualTo(second.id()));
    }
}
