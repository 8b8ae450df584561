package dev.baton.adapters.web.scorecard;

import dev.baton.adapters.web.scorecard.ScorecardViews.CoverageNote;
import dev.baton.adapters.web.scorecard.ScorecardViews.EconomicsRow;
import dev.baton.adapters.web.scorecard.ScorecardViews.KpiRow;
import dev.baton.adapters.web.scorecard.ScorecardViews.PaceNote;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.measure.Coverage;
import dev.baton.domain.metric.DisplayNumbers;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.Rounding;
import dev.baton.domain.scorecard.Attainment;
import dev.baton.domain.scorecard.ElapsedShare;
import dev.baton.domain.scorecard.Pace;
import dev.baton.domain.scorecard.TargetStanding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The scorecard's KPI rows and unit-economics rows as a person reads them: every number through DisplayNumbers. */
final class KpiRows {

    /** The width in pixels of the bar that shows how much of a running period is in. */
    static final int PACE_MARKER_WIDTH = 60;

    private KpiRows() {}

    static KpiRow row(Scorecard.KpiLine line, Scorecard card, Locale locale) {
        TargetStanding standing = line.standing();
        Unit unit = line.metric().unit();
        List<Optional<BigDecimal>> trend = line.trend();
        List<String> trendText = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            trendText.add(line.trendPeriods().get(i) + " "
                    + trend.get(i).map(v -> DisplayNumbers.number(v, unit)).orElse("–"));
        }
        Optional<Pace> pace = standing.pace();
        return new KpiRow(
                line.metric().name().in(locale),
                line.target().metric().value(),
                line.target().scope().map(StageScope::toString).orElse(""),
                line.target().period().equals(card.period())
                        ? ""
                        : line.target().period().format(),
                line.target().threshold().display(unit),
                standing.actual().map(v -> DisplayNumbers.number(v, unit)).orElse("—"),
                standing.actual().isPresent() ? note(line.coverage()) : null,
                standing.attainment().name(),
                standing.reason().map(r -> Phrasebook.word(r, locale)).orElse(""),
                Sparkline.drawable(trend),
                Sparkline.points(trend),
                String.join("; ", trendText),
                pace.isPresent() || (card.running() && line.target().period().equals(card.period())),
                line.longerThan(card.period()) ? line.target().period().format() : "",
                pace.map(p -> paceNote(p, line, standing, locale)).orElse(null),
                line.target().id().toString());
    }

    /** The words of a running target's pace: the projection of a flow, or the share of the period in. */
    static PaceNote paceNote(Pace pace, Scorecard.KpiLine line, TargetStanding standing, Locale locale) {
        int percent = pace.elapsed().percent();
        int marker = pace.elapsed()
                .value()
                .multiply(BigDecimal.valueOf(PACE_MARKER_WIDTH))
                .setScale(0, RoundingMode.HALF_EVEN)
                .intValue();
        String by = ElapsedShare.lastDay(line.target().period())
                .format(
                        "zh".equals(locale.getLanguage())
                                ? DateTimeFormatter.ofPattern("M月d日", Locale.SIMPLIFIED_CHINESE)
                                : DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
        if (pace.heldBack()) {
            return new PaceNote("HELD", "", by, percent, marker);
        }
        if (pace.projected().isEmpty()) {
            return new PaceNote("TO_DATE", "", by, percent, marker);
        }
        BigDecimal projected = pace.projected().get();
        String text = DisplayNumbers.number(
                Rounding.round(projected, line.metric().unit()), line.metric().unit());
        String kind;
        if (standing.attainment() == Attainment.ON_TRACK) {
            kind = "ON";
        } else {
            boolean over = line.target()
                    .threshold()
                    .upper()
                    .map(u -> projected.compareTo(u) > 0)
                    .orElse(false);
            kind = over ? "OVER" : "BEHIND";
        }
        return new PaceNote(kind, text, by, percent, marker);
    }

    static EconomicsRow economics(Scorecard.EconomicsLine line, Locale locale) {
        MetricValue value = line.value();
        Unit unit = line.metric().unit();
        String reason = value instanceof MetricValue.Unavailable u
                ? Phrasebook.word(u.reason().phrase(), locale)
                : "";
        return new EconomicsRow(
                line.metric().name().in(locale),
                line.metric().key().value(),
                value.toOptional().map(v -> DisplayNumbers.number(v, unit)).orElse("—"),
                value.isKnown() ? note(line.coverage()) : null,
                reason,
                line.benchmark().map(DisplayNumbers::exact).orElse(""),
                line.belowBenchmark());
    }

    /** The note beside a partial actual, or null when it covers the whole period. */
    private static CoverageNote note(Coverage coverage) {
        return coverage.partial() ? new CoverageNote(coverage.months(), coverage.monthsInPeriod()) : null;
    }
}
