package dev.baton.application.measure;

import dev.baton.domain.measure.RecordedMeasure;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of the ledger: a header row {@code period,measure,value,funnel} and one row per value, comma
 * separated, fields optionally in double quotes (a quote inside a quoted field is written twice). Line numbers count
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

    public static Parsed read(String text) {
        List<Row> rows = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        String csv = text == null ? "" : text;
        if (csv.startsWith("\uFEFF")) {
            csv = csv.substring(1);
        }
        int length = csv.length();
        int i = 0;
        int line = 1;
        while (i < length) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean endOfRow = false;
            while (i < length && !endOfRow) {
                char c = csv.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < length && csv.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < length && csv.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRow = true;
                } else {
                    field.append(c);
                }
                i++;
            }
            if (quoted) {
                unreadable.add(new Unreadable(start));
                break;
            }
            fields.add(field.toString());
            Row row = new Row(start, List.copyOf(fields));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new Parsed(rows, unreadable);
    }

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
