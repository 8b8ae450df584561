package dev.baton.adapters.rest.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.application.measure.CrmImportReport;
import dev.baton.domain.crm.SkippedDeal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a CRM export gives a funnel, per month, beside what is stored; with the rows skipped and why. */
@Schema(name = "CrmImport")
public record CrmImportResponse(
        String mode,
        String file,
        int rows,
        List<Month> months,
        List<Skipped> skipped,
        List<String> unmappedStagesSeen,
        List<String> stagesWithoutDates,
        int changed,
        boolean written) {

    public record Month(String period, List<Value> values) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Value(String measure, BigDecimal derived, BigDecimal stored) {}

    @Schema(name = "CrmSkippedRow")
    public record Skipped(
            int row,
            @Schema(
                            enumeration = {
                                "unmapped_stage",
                                "other_pipeline",
                                "filtered_out",
                                "unreadable_amount",
                                "unreadable_date"
                            })
                    String reason,
            String column,
            String value) {}

    static CrmImportResponse of(CrmImportReport report) {
        return new CrmImportResponse(
                report.mode().name().toLowerCase(Locale.ROOT),
                report.file(),
                report.rows(),
                report.months().stream()
                        .map(m -> new Month(
                                m.period().format(),
                                m.values().stream()
                                        .map(v -> new Value(
                                                v.measure(),
                                                v.derived(),
                                                v.stored().orElse(null)))
                                        .toList()))
                        .toList(),
                report.skipped().stream().map(CrmImportResponse::skipped).toList(),
                List.copyOf(new TreeSet<>(report.unmappedStagesSeen())),
                report.stagesWithoutDates(),
                report.changed(),
                report.written());
    }

    private static Skipped skipped(SkippedDeal s) {
        return new Skipped(s.row(), s.reason().name().toLowerCase(Locale.ROOT), s.column(), s.value());
    }
}
