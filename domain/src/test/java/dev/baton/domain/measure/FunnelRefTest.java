package dev.baton.domain.measure;

import static dev.baton.domain.shared.Refusals.phraseOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.Phrase;
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
        assertThat(phraseOf(() -> FunnelRef.of("Product A")))
                .isEqualTo(Phrase.of("field.NOT_A_FUNNEL_ID", "Product A"));
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
