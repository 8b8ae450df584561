package dev.baton.adapters.web.measure;

import dev.baton.application.measure.ImportMode;
import dev.baton.application.measure.ImportReport;
import dev.baton.application.text.Phrasebook;
import java.util.List;
import java.util.Locale;

/** What the import page shows after a file was checked or committed. */
public record ImportView(int rows, int errorCount, boolean written, boolean preview, List<Line> errors) {

    public record Line(int line, String column, String message) {}

    static ImportView of(ImportReport report, Locale locale) {
        return new ImportView(
                report.rows(),
                report.errorCount(),
                report.written(),
                report.mode() == ImportMode.PREVIEW,
                report.errors().stream()
                        .map(e -> new Line(e.line(), e.column(), Phrasebook.word(e.phrase(), locale)))
                        .toList());
    }

    public boolean clean() {
        return errorCount == 0;
    }

    public boolean truncated() {
        return errors.size() < errorCount;
    }
}
