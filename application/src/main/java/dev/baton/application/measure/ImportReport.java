package dev.baton.application.measure;

import java.util.List;

/**
 * The outcome of an import: how many data rows the file holds, the errors found (the first {@link #MAX_LISTED} of
 * {@code errorCount}, in file order), and whether the rows were written. A file with an error is never written in
 * part.
 */
public record ImportReport(ImportMode mode, int rows, List<ImportError> errors, int errorCount, boolean written) {

    public static final int MAX_LISTED = 1000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errorCount == 0;
    }
}
