package dev.baton.application.measure;

/** Whether an import only checks the file or also writes it. */
public enum ImportMode {
    /** Check every row and report every error; write nothing. */
    PREVIEW,
    /** Check every row; write them all in one transaction if there is no error, or nothing at all. */
    COMMIT
}
