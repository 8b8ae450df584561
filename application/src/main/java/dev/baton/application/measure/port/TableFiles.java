package dev.baton.application.measure.port;

import dev.baton.application.measure.MeasureCsv;

/**
 * Reads an uploaded table into rows of text fields, each with the line (CSV) or row number (XLSX) it starts on,
 * counted from 1. The one place Baton parses a file; the measure CSV import and the CRM import both read through it.
 */
public interface TableFiles {

    /**
     * The rows of CSV text: comma separated, fields optionally in double quotes (a quote inside written twice), a
     * leading byte-order mark dropped, blank lines skipped. A quote that never closes makes the rest unreadable.
     */
    MeasureCsv.Parsed csv(String text);

    /**
     * The rows of the first sheet of an XLSX workbook. A date cell reads as ISO ({@code 2026-09-14}, with
     * {@code T10:30} when it holds a time), a number as its plain digits, a formula as its cached value. A file that
     * is not a workbook is unreadable from row 1.
     */
    MeasureCsv.Parsed xlsx(byte[] bytes);

    /** Whether the bytes are a ZIP container (an XLSX workbook), not text. */
    static boolean isXlsx(byte[] bytes) {
        return bytes != null
                && bytes.length >= 4
                && bytes[0] == 'P'
                && bytes[1] == 'K'
                && bytes[2] == 3
                && bytes[3] == 4;
    }
}
