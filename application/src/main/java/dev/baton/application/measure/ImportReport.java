package dev.baton.application.measure;

import java.util.List;

/**
 * The outcome of an import: how many data rows the file holds, the errors found (the first {@link #MAX_LISTED} of
 * {@code errorCount}, in file order), and whether the rows were written. A file with an error is never written in
 * part. A file that is not text in its charset is not {@code readable}: its one error names the line, and no row was
 * checked.
 */
public record ImportReport(
        ImportMode mode, int rows, List<ImportError> errors, int errorCount, boolean written, boolean readable) {

    public static final int MAX_LISTED = 1000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public ImportReport(ImportMode mode, int rows, List<ImportError> errors, int errorCount, boolean written) {
        this(mode, rows, errors, errorCount, written, true);
    }

    /** The report on a file that stops being text on a line: nothing in it could be checked. */
    static ImportReport undecodable(ImportMode mode, ImportMeasuresCommand.Undecodable undecodable) {
        int line = undecodable.line();
        String charset = undecodable.charset();
        ImportError error =
                ImportError.of(line, "", "field.LINE_NOT_TEXT_SAVE", String.valueOf(line), String.valueOf(charset));
        return new ImportReport(mode, 0, List.of(error), 1, false, false);
    }

    public boolean valid() {
        return errorCount == 0;
    }
}
