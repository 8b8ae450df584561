package dev.baton.application.measure;

import dev.baton.domain.measure.FunnelRef;
import dev.baton.domain.measure.MeasureKeys;
import dev.baton.domain.measure.MeasureValue;
import dev.baton.domain.measure.RecordedMeasure;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Period;
import dev.baton.domain.shared.InvalidValueException;
import dev.baton.domain.shared.LocalizedText;
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
            error(
                    1,
                    "",
                    "The file has no header row: start with period,measure,value[,funnel].",
                    "文件没有表头行：请以 period,measure,value[,funnel] 开头。");
        } else {
            Map<String, Integer> columns = header(all.get(0));
            if (columns != null && all.size() == 1) {
                error(all.get(0).line() + 1, "", "The file has a header but no rows of values.", "文件只有表头，没有数据行。");
            } else if (columns != null) {
                rows(all.subList(1, all.size()), columns, catalog, knownFunnels);
            } else {
                dataRows = all.size() - 1;
            }
        }
        for (MeasureCsv.Unreadable unreadable : parsed.unreadable()) {
            error(
                    unreadable.line(),
                    "",
                    "A quoted field opened on this line is never closed; the file cannot be read" + " beyond it.",
                    "此行开始的带引号字段没有闭合；无法读取此后的内容。");
        }
    }

    private Map<String, Integer> header(MeasureCsv.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !name.equals(FUNNEL)) {
                error(
                        header.line(),
                        name,
                        "Unknown column '" + name + "': the columns are period, measure, value and"
                                + " (optionally) funnel.",
                        "未知列“" + name + "”：列为 period、measure、value 和（可选的）funnel。");
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                error(header.line(), name, "The column '" + name + "' appears twice.", "列“" + name + "”出现了两次。");
                ok = false;
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                error(
                        header.line(),
                        required,
                        "The header row lacks the column '" + required + "': start with period,measure,value[,funnel].",
                        "表头缺少列“" + required + "”：请以 period,measure,value[,funnel] 开头。");
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
                error(
                        row.line(),
                        "",
                        "Expected " + width + " columns, found " + fields.size() + ".",
                        "应有 " + width + " 列，实际为 " + fields.size() + " 列。");
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
                error(
                        row.line(),
                        "measure",
                        "Line " + earlier + " already gives " + measure + " for " + period
                                + (funnel.organisationWide() ? "" : " in funnel " + funnel) + "; keep one of them.",
                        "第 " + earlier + " 行已给出 " + period + " 的 " + measure
                                + (funnel.organisationWide() ? "" : "（漏斗 " + funnel + "）") + "；请只保留一行。");
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
            } catch (InvalidValueException e) {
                verdict = e.reason();
            } catch (IllegalArgumentException e) {
                verdict = LocalizedText.of(e.getMessage(), e.getMessage());
            }
            if (verdicts != null) {
                verdicts.put(text, verdict);
            }
        }
        if (verdict instanceof LocalizedText message) {
            add(new ImportError(row.line(), column, message));
            return null;
        }
        return (T) verdict;
    }

    private void error(int line, String column, String en, String zhCn) {
        add(ImportError.of(line, column, en, zhCn));
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
