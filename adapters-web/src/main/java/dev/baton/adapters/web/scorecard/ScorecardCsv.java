package dev.baton.adapters.web.scorecard;

import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.scorecard.TargetStanding;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scorecard's KPI table as CSV, one row per team and target. The columns are identifiers (the header, the metric
 * key, the periods, the threshold and the actual as plain numbers, which a spreadsheet reads back); the metric's name,
 * the attainment and the reason there is no value are in the reader's language. A field that a spreadsheet would run
 * as a formula is prefixed with a quote.
 */
final class ScorecardCsv {

    static final String HEADER =
            "period,team,metric,metric_name,scope,target_period,threshold,actual,attainment,no_value_reason\n";

    /**
     * A plain number or a band of two ("-5–10"), negative or not: nothing a spreadsheet would run, so it is never
     * prefixed.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(–-?\\d+(\\.\\d+)?)?");

    private ScorecardCsv() {}

    static String of(Scorecard card, Locale locale, ScoreMessages words) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (Scorecard.TeamCard team : card.teams()) {
            for (Scorecard.KpiLine line : team.kpis()) {
                TargetStanding standing = line.standing();
                csv.append(String.join(
                                ",",
                                field(card.period().format()),
                                field(team.team().name()),
                                field(line.target().metric().value()),
                                field(line.metric().name().in(locale)),
                                field(line.target()
                                        .scope()
                                        .map(StageScope::toString)
                                        .orElse("")),
                                field(line.target().period().format()),
                                field(line.target().threshold().toString()),
                                field(standing.actual()
                                        .map(BigDecimal::toPlainString)
                                        .orElse("")),
                                field(words.attainment_name(
                                        standing.attainment().name())),
                                field(standing.reason()
                                        .map(r -> Phrasebook.word(r, locale))
                                        .orElse(""))))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /** One field, quoted where it holds a comma, a quote or a line break, and defused where it would be a formula. */
    static String field(String value) {
        String text = value == null ? "" : value;
        boolean formula = text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@");
        if (formula && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
