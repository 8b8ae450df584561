package dev.baton.domain.crm;

import java.util.Objects;

/** A row of an export that no measure counts, and why; {@code column} and {@code value} name the cell at fault. */
public record SkippedDeal(int row, Reason reason, String column, String value) {

    public enum Reason {
        /** The deal's stage is not in the mapping's stage table. */
        UNMAPPED_STAGE,
        /** The deal is in another pipeline than the mapping's. */
        OTHER_PIPELINE,
        /** The deal's cell in the mapping's filter column holds another value than the filter's. */
        FILTERED_OUT,
        /** A won deal's amount is empty or not a number. */
        UNREADABLE_AMOUNT,
        /** A date the deal is counted by is not a date in the mapping's format. */
        UNREADABLE_DATE
    }

    public SkippedDeal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    /** Whether the row is wrong, not merely outside the funnel: a commit refuses a file holding such a row. */
    public boolean unreadable() {
        return reason == Reason.UNREADABLE_AMOUNT || reason == Reason.UNREADABLE_DATE;
    }
}
