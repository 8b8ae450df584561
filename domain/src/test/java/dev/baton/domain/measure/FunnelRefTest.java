package dev.baton.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class FunnelRefTest {

    @Test
    void noFunnelMeansTheWholeOrganisation() {
        assertThat(FunnelRef.of(null)).isEqualTo(FunnelRef.ORGANISATION);
        assertThat(FunnelRef.of("  ").organisationWide()).isTrue();
    }

    @Test
    void aFunnelIsNamedByTrimmedText() {
        assertThat(FunnelRef.of(" Product A ").value()).isEqualTo("Product A");
        assertThat(FunnelRef.of("funnel:42").organisationWide()).isFalse();
        assertThat(FunnelRef.of("产品线").value()).isEqualTo("产品线");
    }

    @Test
    void aFunnelNameThatWouldBreakACsvFileOrIsTooLongIsRefused() {
        assertThatThrownBy(() -> FunnelRef.of("a,b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunnelRef.of("say \"hi\"")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunnelRef.of("x".repeat(65))).hasMessageContaining("64");
    }
}
