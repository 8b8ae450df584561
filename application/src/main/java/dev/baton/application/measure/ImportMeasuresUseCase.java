package dev.baton.application.measure;

public interface ImportMeasuresUseCase {

    /**
     * Checks every row of the file, and in {@link ImportMode#COMMIT} writes all of them in one transaction when none
     * has an error. Admins and team leads only. Errors in the file are part of the report, not an exception.
     */
    ImportReport importCsv(ImportMeasuresCommand command);
}
