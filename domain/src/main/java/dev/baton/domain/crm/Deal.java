package dev.baton.domain.crm;

import java.util.Map;
import java.util.Objects;

/**
 * One deal as the export wrote it, still text: the row it is on, its current stage label and pipeline, its amount and
 * close and create dates, the dates it entered stages (by CRM stage label) where the export has them, and its cell in
 * the mapping's filter column (empty when the mapping has no filter).
 */
public record Deal(
        int row,
        String id,
        String stage,
        String pipeline,
        String amount,
        String closeDate,
        String createDate,
        Map<String, String> entered,
        String filterCell) {

    /** A deal of a mapping without a column filter. */
    public Deal(
            int row,
            String id,
            String stage,
            String pipeline,
            String amount,
            String closeDate,
            String createDate,
            Map<String, String> entered) {
        this(row, id, stage, pipeline, amount, closeDate, createDate, entered, "");
    }

    public Deal {
        filterCell = filterCell == null ? "" : filterCell;
        Objects.requireNonNull(stage, "stage");
        pipeline = pipeline == null ? "" : pipeline;
        amount = amount == null ? "" : amount;
        closeDate = closeDate == null ? "" : closeDate;
        createDate = createDate == null ? "" : createDate;
        entered = Map.copyOf(entered);
    }
}
