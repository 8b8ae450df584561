package dev.baton.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CrmDateFormatTest {

    @Test
    void theSameSlashedDateIsADifferentDayInEachFormat() {
        assertThat(CrmDateFormat.MONTH_FIRST.parse("03/04/2026")).contains(LocalDate.of(2026, 3, 4));
        assertThat(CrmDateFormat.DAY_FIRST.parse("03/04/2026")).contains(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aTimeAfterTheDateIsAllowed() {
        assertThat(CrmDateFormat.ISO.parse("2026-03-04 10:30")).contains(LocalDate.of(2026, 3, 4));
        assertThat(CrmDateFormat.MONTH_FIRST.parse("3/4/2026 10:30 AM")).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aSlashedDateIsNotReadAsIsoAndAnImpossibleDayIsNoDate() {
        assertThat(CrmDateFormat.ISO.parse("03/04/2026")).isEmpty();
        assertThat(CrmDateFormat.MONTH_FIRST.parse("13/04/2026")).isEmpty();
        assertThat(CrmDateFormat.DAY_FIRST.parse("yesterday")).isEmpty();
    }

    @Test
    void anIsoDateReadsUnderEveryFormat() {
        assertThat(CrmDateFormat.DAY_FIRST.parse("2026-03-04")).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void formatsAreNamedByTheirMappingLabel() {
        assertThat(CrmDateFormat.ofLabel("MM/DD/YYYY")).contains(CrmDateFormat.MONTH_FIRST);
        assertThat(CrmDateFormat.ofLabel("YYYY.MM.DD")).isEmpty();
    }
}
