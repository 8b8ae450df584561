package dev.baton.adapters.web.kpi;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.application.kpi.KpiOverview;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The KPI page: the overview, its chart with the running period's pace marker, the table beside it, the findings that
 * name the target in the reader's language, and the check-in form: opened with the last check-in's values, or with
 * what was typed and its field messages when a check-in came back refused.
 */
public record KpiView(
        KpiOverview overview,
        KpiChart.Drawing chart,
        List<Row> rows,
        Optional<PaceMarker> pace,
        List<FindingLine> findings,
        String note,
        String confidence,
        String forecast,
        FormErrors errors) {

    /** How far the pace marker reaches either side of its period's place. */
    static final int MARKER_HALF_WIDTH = 14;

    public KpiView {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /** A finding of the alignment rules that names the target: its severity and its message, worded. */
    public record FindingLine(String severity, String message) {

        public boolean violation() {
            return "VIOLATION".equals(severity);
        }
    }

    /**
     * One period of the table: its settled actual, or for the running period its actual to date ({@code toDate}) and
     * its pace (the expected value to date).
     */
    public record Row(String period, Optional<String> actual, boolean toDate, Optional<String> pace) {}

    /** The dashed marker at the running period's place: where the actual should be by now, and its label. */
    public record PaceMarker(int x1, int x2, int y, int labelX, int labelY, String period, String expected) {

        static PaceMarker at(KpiChart.Dot dot, String expected) {
            // The label sits left of the marker (the running period is the last, at the right edge), above the dashes
            // unless that would leave the chart.
            int labelY = dot.y() - 6 < 12 ? dot.y() + 14 : dot.y() - 6;
            return new PaceMarker(
                    dot.x() - MARKER_HALF_WIDTH,
                    dot.x() + MARKER_HALF_WIDTH,
                    dot.y(),
                    dot.x() - MARKER_HALF_WIDTH - 4,
                    labelY,
                    dot.label(),
                    expected);
        }
    }

    static List<Row> rows(KpiOverview overview) {
        List<Row> rows = new ArrayList<>();
        Optional<KpiOverview.Running> running = overview.running();
        for (KpiOverview.Point point : overview.history()) {
            Optional<KpiOverview.Running> now = running.filter(r -> r.period().equals(point.period()));
            if (now.isPresent()) {
                rows.add(new Row(
                        point.period().format(),
                        now.get().actualToDate().map(BigDecimal::toPlainString),
                        now.get().actualToDate().isPresent(),
                        now.get().expectedToDate().map(BigDecimal::toPlainString)));
            } else {
                rows.add(new Row(
                        point.period().format(),
                        point.actual().map(BigDecimal::toPlainString),
                        false,
                        Optional.empty()));
            }
        }
        return rows;
    }
}
