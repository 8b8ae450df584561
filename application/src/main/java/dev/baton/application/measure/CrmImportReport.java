package dev.baton.application.measure;

import dev.baton.domain.crm.SkippedDeal;
import dev.baton.domain.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a CRM export gives a funnel: per month each derived value beside the one stored now, the rows skipped and why,
 * the stages seen in the file that the mapping lacks, and the mapped stages the file has no entry dates for. After a
 * commit, {@code changed} values were written ({@code written}); a repeat of the same file changes none.
 */
public record CrmImportReport(
        ImportMode mode,
        String file,
        int rows,
        List<Month> months,
        List<SkippedDeal> skipped,
        Set<String> unmappedStagesSeen,
        List<String> stagesWithoutDates,
        int changed,
        boolean written) {

    public CrmImportReport {
        months = List.copyOf(months);
        skipped = List.copyOf(skipped);
        unmappedStagesSeen = Set.copyOf(unmappedStagesSeen);
        stagesWithoutDates = List.copyOf(stagesWithoutDates);
    }

    public record Month(Period period, List<Value> values) {
        public Month {
            values = List.copyOf(values);
        }
    }

    /** A measure's value derived from the file and the one the ledger holds now, if any. */
    public record Value(String measure, BigDecimal derived, Optional<BigDecimal> stored) {

        public boolean changes() {
            return stored.isEmpty() || stored.get().compareTo(derived) != 0;
        }
    }
}
