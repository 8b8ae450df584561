package dev.baton.application.measure;

import dev.baton.application.shared.Validation;
import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureKeys;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Every row of an imported file checked against the catalog: the header names its columns (in any order,
 * {@code funnel} optional), each cell must be a period, a measure, a non-negative number or a funnel (its id or exact
 * name, empty for organisation-wide), and no two
 * rows may name the same period, funnel and measure. Periods, keys and funnels repeat across a large file, so each
 * distinct text is judged once.
 */
final class MeasureFileCheck {

    private static final List<String> REQUIRED = List.of("period", "measure", "value");
    private static final String FUNNEL = "funnel";

    private final List<RecordedMeasure> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private int errorCount;
    private int dataRows;

    private MeasureFileCheck() {}

    static MeasureFileCheck of(MeasureCsv.Parsed parsed, MetricCatalog catalog, MeasureFunnels funnels) {
        MeasureFileCheck check = new MeasureFileCheck();
        check.run(parsed, catalog, funnels);
        return check;
    }

    private void run(MeasureCsv.Parsed parsed, MetricCatalog catalog, MeasureFunnels knownFunnels) {
        List<MeasureCsv.Row> all = parsed.rows();
        if (all.isEmpty()) {
            error(1, "", "field.FILE_NO_HEADER_ROW");
        } else {
            Map<String, Integer> columns = header(all.get(0));
            if (columns != null && all.size() == 1) {
                error(all.get(0).line() + 1, "", "field.FILE_HEADER_BUT_NO");
            } else if (columns != null) {
                rows(all.subList(1, all.size()), columns, catalog, knownFunnels);
            } else {
                dataRows = all.size() - 1;
            }
        }
        for (MeasureCsv.Unreadable unreadable : parsed.unreadable()) {
            error(unreadable.line(), "", "field.QUOTED_FIELD_OPENED_ON");
        }
    }

    private Map<String, Integer> header(MeasureCsv.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !name.equals(FUNNEL)) {
                error(header.line(), name, "field.UNKNOWN_COLUMN_COLUMNS_PERIOD", String.valueOf(name));
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                error(header.line(), name, "field.COLUMN_APPEARS_TWICE", String.valueOf(name));
                ok = false;
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                error(header.line(), required, "field.HEADER_ROW_LACKS_COLUMN", String.valueOf(required));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private void rows(
            List<MeasureCsv.Row> data, Map<String, Integer> columns, MetricCatalog catalog, MeasureFunnels known) {
        int periodAt = columns.get("period");
        int measureAt = columns.get("measure");
        int valueAt = columns.get("value");
        Integer funnelAt = columns.get(FUNNEL);
        int width = columns.size();
        Map<String, Object> periods = new HashMap<>();
        Map<String, Object> measures = new HashMap<>();
        Map<String, Object> funnels = new HashMap<>();
        Map<RecordedMeasure.Slot, Integer> seen = new HashMap<>(data.size() * 2);
        dataRows = data.size();
        for (MeasureCsv.Row row : data) {
            List<String> fields = row.fields();
            if (fields.size() != width) {
                error(row.line(), "", "field.EXPECTED_COLUMNS_FOUND", String.valueOf(width), fields.size());
                continue;
            }
            Period period = cell(row, "period", periods, fields.get(periodAt), Period::parse);
            MetricKey measure =
                    cell(row, "measure", measures, fields.get(measureAt), text -> MeasureKeys.measure(text, catalog));
            MeasureValue value = cell(row, "value", null, fields.get(valueAt), MeasureValue::parse);
            FunnelRef funnel = funnelAt == null
                    ? FunnelRef.ORGANISATION
                    : cell(row, FUNNEL, funnels, fields.get(funnelAt), known::resolve);
            if (period == null || measure == null || value == null || funnel == null) {
                continue;
            }
            RecordedMeasure recorded = new RecordedMeasure(period, funnel, measure, value);
            Integer earlier = seen.putIfAbsent(recorded.slot(), row.line());
            if (earlier != null) {
                if (funnel.organisationWide()) {
                    error(
                            row.line(),
                            "measure",
                            "field.LINE_REPEATS",
                            String.valueOf(earlier),
                            measure.toString(),
                            period.toString());
                } else {
                    error(
                            row.line(),
                            "measure",
                            "field.LINE_REPEATS_IN_FUNNEL",
                            String.valueOf(earlier),
                            measure.toString(),
                            period.toString(),
                            funnel.toString());
                }
                continue;
            }
            rows.add(recorded);
        }
    }

    /** Judges a cell, remembering the verdict for the text when {@code verdicts} is given. */
    @SuppressWarnings("unchecked")
    private <T> T cell(
            MeasureCsv.Row row, String column, Map<String, Object> verdicts, String text, Function<String, T> judge) {
        Object verdict = verdicts == null ? null : verdicts.get(text);
        if (verdict == null) {
            try {
                verdict = judge.apply(text);
            } catch (IllegalArgumentException e) {
                verdict = Validation.refused(e);
            }
            if (verdicts != null) {
                verdicts.put(text, verdict);
            }
        }
        if (verdict instanceof Phrase phrase) {
            add(new ImportError(row.line(), column, phrase));
            return null;
        }
        return (T) verdict;
    }

    private void error(int line, String column, String code, Object... arguments) {
        add(ImportError.of(line, column, code, arguments));
    }

    private void add(ImportError error) {
        errorCount++;
        if (errors.size() < ImportReport.MAX_LISTED) {
            errors.add(error);
        }
    }

    boolean valid() {
        return errorCount == 0;
    }

    List<RecordedMeasure> rows() {
        return rows;
    }

    ImportReport report(ImportMode mode, boolean written) {
        List<ImportError> ordered = new ArrayList<>(errors);
        ordered.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportReport(mode, dataRows, ordered, errorCount, written);
    }
}
