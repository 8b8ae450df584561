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
        assertThat(FunnelRef.ORGANISATION.text()).isEmpty();
    }

    @Test
    void aFunnelIsNamedByItsId() {
        assertThat(FunnelRef.of(" 42 ")).isEqualTo(FunnelRef.of(42));
        assertThat(FunnelRef.of("42").organisationWide()).isFalse();
        assertThat(FunnelRef.of(42).text()).isEqualTo("42");
    }

    @Test
    void textThatIsNoFunnelIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> FunnelRef.of("Product A"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'Product A' is not a funnel id");
        assertThatThrownBy(() -> FunnelRef.of("0")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunnelRef.of("-3")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FunnelRef.of("9".repeat(19))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theOrganisationComesBeforeEveryFunnelInLedgerOrder() {
        assertThat(FunnelRef.ORGANISATION).isLessThan(FunnelRef.of(1));
        assertThat(FunnelRef.of(2)).isLessThan(FunnelRef.of(10));
    }
}
