package dev.baton.application.measure;

import dev.baton.domain.measure.RecordedMeasure;
import java.util.List;

/**
 * The CSV form of the ledger: a header row {@code period,measure,value,funnel} and one row per value, comma
 * separated (read by {@link dev.baton.application.measure.port.TableFiles#csv}), fields optionally in double quotes (a quote inside a quoted field is written twice). Line numbers count
 * physical lines from 1, the header's line, so a message can point into the file a person edits. The funnel column
 * holds the funnel's id (empty for organisation-wide values), which no rename changes.
 */
public final class MeasureCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String HEADER = "period,measure,value,funnel";

    private MeasureCsv() {}

    /** One row of the file and the line it starts on. */
    public record Row(int line, List<String> fields) {

        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** A row whose quotes never close: the rest of the file cannot be read reliably. */
    public record Unreadable(int line) {}

    /** The rows of the file, or where it stops being readable. */
    public record Parsed(List<Row> rows, List<Unreadable> unreadable) {}

    /** The rows as a file with a header, in the order given. */
    public static String write(List<RecordedMeasure> rows) {
        StringBuilder csv = new StringBuilder(32 * (rows.size() + 1));
        csv.append(HEADER).append('\n');
        for (RecordedMeasure row : rows) {
            csv.append(row.period().format())
                    .append(',')
                    .append(row.measure().value())
                    .append(',')
                    .append(row.value().format())
                    .append(',')
                    .append(row.funnel().text())
                    .append('\n');
        }
        return csv.toString();
    }
}
