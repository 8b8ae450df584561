package dev.baton.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.target.KpiTargetId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static CheckInText text(String note, String at) {
        return new CheckInText(note, Confidence.AT_RISK, Optional.empty(), "olga", Instant.parse(at));
    }

    @Test
    void anEditAddsAWordingAndKeepsTheOriginal() {
        CheckIn recorded = CheckIn.record(KpiTargetId.newId(), text("First\nsecond line", "2026-11-02T09:00:00Z"));
        CheckIn edited = recorded.edited(text("Better", "2026-11-03T09:00:00Z"));
        assertThat(edited.history()).hasSize(2);
        assertThat(edited.original().note()).isEqualTo("First\nsecond line");
        assertThat(edited.current().note()).isEqualTo("Better");
        assertThat(edited.recordedAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(recorded.current().firstLine()).isEqualTo("First");
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRefused() {
        assertThat(text("x".repeat(2000), "2026-11-02T09:00:00Z").note()).hasSize(2000);
        assertThatThrownBy(() -> text("x".repeat(2001), "2026-11-02T09:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
