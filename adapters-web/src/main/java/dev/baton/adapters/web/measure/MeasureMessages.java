package dev.baton.adapters.web.measure;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the measure pages, used as {@code {measure:key}}. English is written here; Simplified Chinese lives in
 * {@code messages/measure_zh_CN.properties}. Measure names come from the catalog itself.
 */
@MessageBundle(value = "measure", locale = "en")
public interface MeasureMessages {

    @Message("Measures")
    String title();

    @Message("The raw numbers of a period, from which every metric's actual is computed. Leave a field empty to keep"
            + " it as it is.")
    String intro();

    @Message("Period")
    String period();

    @Message("A month (2026-09), a quarter (2026-Q3) or a year (2026)")
    String period_hint();

    @Message("Funnel")
    String funnel();

    @Message("Revenue and spend are usually organisation-wide; stage entries are counted per funnel")
    String funnel_hint();

    @Message("Organisation-wide")
    String organisation_wide();

    @Message("Show")
    String show();

    @Message("Values for {period}")
    String values_for(String period);

    @Message("Add another measure")
    String add_another();

    @Message("Measure key, e.g. leads or entered:mql")
    String add_key();

    @Message("Value")
    String add_value();

    @Message("Record")
    String record();

    @Message("Recorded.")
    String recorded();

    @Message("Someone else recorded measures for this period since you opened the form, so nothing was saved. Your"
            + " values are kept below; where one differs from the value now stored, the stored one is shown beneath"
            + " it. Check them and record again.")
    String clash();

    @Message("Now stored: {value}")
    String stored_now(String value);

    @Message("You may read these measures; recording them is for admins and team leads.")
    String read_only();

    @Message("Import a CSV file")
    String import_link();

    @Message("Import measures")
    String import_title();

    @Message("A CSV file with a header row and the columns period, measure, value and (optionally) funnel, e.g.:")
    String import_intro();

    @Message("Check first: nothing is written until you commit, and a file with any error is never written in part.")
    String import_all_or_nothing();

    @Message("CSV file")
    String import_file();

    @Message("…or paste the rows (up to 64 KB, about 4,000 rows)")
    String import_text();

    @Message("Check the file")
    String import_preview();

    @Message("Import all rows")
    String import_commit();

    @Message("Large files take a few seconds; the result appears here when every row has been checked.")
    String import_progress_hint();

    @Message("Reading the file…")
    String import_counting();

    @Message("Sending the file: {percent} %")
    String import_uploading(String percent);

    @Message("Checking {rows} rows…")
    String import_checking(String rows);

    @Message("({seconds} s)")
    String import_elapsed(String seconds);

    @Message("Done in {seconds} s.")
    String import_done(String seconds);

    @Message("The file could not be sent. Check the connection and try again; nothing was written.")
    String import_send_failed();

    @Message("{rows} rows checked, no errors. Commit to write them.")
    String import_clean(int rows);

    @Message("{rows} rows checked, {errors} errors. Nothing was written.")
    String import_failed(int rows, int errors);

    @Message("{rows} rows written.")
    String import_written(int rows);

    @Message("Showing the first {shown} errors.")
    String import_truncated(int shown);

    @Message("To commit an uploaded file, choose it again and press “Import all rows”.")
    String import_choose_again();

    @Message("Line")
    String col_line();

    @Message("Column")
    String col_column();

    @Message("Problem")
    String col_problem();

    @Message("Export CSV")
    String export();

    @Message("From")
    String export_from();

    @Message("To")
    String export_to();
}
