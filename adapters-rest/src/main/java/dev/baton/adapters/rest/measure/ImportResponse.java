package dev.baton.adapters.rest.measure;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.adapters.rest.shared.Languages;
import dev.baton.application.measure.ImportMode;
import dev.baton.application.measure.ImportReport;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * What an import found: {@code rows} data rows, every error with its line and column (the first 1,000 of
 * {@code errorCount}), and whether the rows were written. A refused commit answers 422 with the same document, typed
 * as a problem, and so does a file that is not text in its charset, whatever the mode: its one error names the line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResponse(
        String type,
        String title,
        Integer status,
        String mode,
        int rows,
        boolean written,
        int errorCount,
        List<ImportErrorResponse> errors) {

    public record ImportErrorResponse(int line, String column, String message) {}

    static ImportResponse of(ImportReport report, HttpHeaders headers) {
        List<ImportErrorResponse> errors = report.errors().stream()
                .map(e -> new ImportErrorResponse(e.line(), e.column(), Languages.pick(e.phrase(), headers)))
                .toList();
        String mode = report.mode().name().toLowerCase(Locale.ROOT);
        if ((report.mode() == ImportMode.COMMIT && !report.valid()) || !report.readable()) {
            return new ImportResponse(
                    "about:blank", "Invalid input", 422, mode, report.rows(), false, report.errorCount(), errors);
        }
        return new ImportResponse(null, null, null, mode, report.rows(), report.written(), report.errorCount(), errors);
    }
}
