package dev.baton.adapters.web.crm;

import dev.baton.application.measure.CrmImportReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/** A CRM import's outcome as the page shows it: one table row per month and measure, and the rows skipped. */
public record CrmImportView(
        boolean written,
        int rows,
        int changed,
        List<Line> lines,
        List<Skip> skipped,
        String unmappedSeen,
        String withoutDates) {

    /** {@code stored} is empty text when nothing is stored; {@code changes} marks a value the commit would write. */
    public record Line(String period, String measure, String derived, String stored, boolean changes) {}

    /** {@code reason} is the code the template words: unmapped_stage, other_pipeline, filtered_out,
     * unreadable_amount or _date. */
    public record Skip(int row, String reason, String column, String value) {}

    static CrmImportView of(CrmImportReport report) {
        List<Line> lines = report.months().stream()
                .flatMap(month -> month.values().stream()
                        .map(v -> new Line(
                                month.period().format(),
                                v.measure(),
                                plain(v.derived()),
                                v.stored().map(CrmImportView::plain).orElse(""),
                                v.changes())))
                .toList();
        List<Skip> skipped = report.skipped().stream()
                .map(s ->
                        new Skip(s.row(), s.reason().name().toLowerCase(java.util.Locale.ROOT), s.column(), s.value()))
                .toList();
        return new CrmImportView(
                report.written(),
                report.rows(),
                report.changed(),
                lines,
                skipped,
                String.join(", ", new TreeSet<>(report.unmappedStagesSeen())),
                String.join(", ", report.stagesWithoutDates()));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
