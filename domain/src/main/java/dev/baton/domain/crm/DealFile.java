package dev.baton.domain.crm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The deals of one export, and where their fields came from: the column label of the amount and of the close and
 * create dates, and for each CRM stage label whose entry dates the export carries, the column (or history report)
 * they came from. A stage label with no entry in {@code enteredFrom} has no dates in this export.
 */
public record DealFile(
        List<Deal> deals,
        String amountColumn,
        String closeDateColumn,
        String createDateColumn,
        Map<String, String> enteredFrom) {

    public DealFile {
        deals = List.copyOf(deals);
        Objects.requireNonNull(amountColumn, "amountColumn");
        Objects.requireNonNull(closeDateColumn, "closeDateColumn");
        Objects.requireNonNull(createDateColumn, "createDateColumn");
        enteredFrom = Map.copyOf(enteredFrom);
    }
}
