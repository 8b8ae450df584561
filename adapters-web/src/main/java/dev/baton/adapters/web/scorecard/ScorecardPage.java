package dev.baton.adapters.web.scorecard;

import dev.baton.adapters.web.scorecard.ScorecardViews.Arrow;
import dev.baton.adapters.web.scorecard.ScorecardViews.Box;
import dev.baton.adapters.web.scorecard.ScorecardViews.CoverageNote;
import dev.baton.adapters.web.scorecard.ScorecardViews.EconomicsRow;
import dev.baton.adapters.web.scorecard.ScorecardViews.FindingGroup;
import dev.baton.adapters.web.scorecard.ScorecardViews.FindingItem;
import dev.baton.adapters.web.scorecard.ScorecardViews.FunnelDrawing;
import dev.baton.adapters.web.scorecard.ScorecardViews.KpiRow;
import dev.baton.adapters.web.scorecard.ScorecardViews.Legend;
import dev.baton.adapters.web.scorecard.ScorecardViews.PaceNote;
import dev.baton.adapters.web.scorecard.ScorecardViews.TeamLink;
import dev.baton.adapters.web.scorecard.ScorecardViews.TeamTable;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.scorecard.GetScorecardUseCase;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.scorecard.ScorecardQuery;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.alignment.AlignmentReport;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.Severity;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.measure.Coverage;
import dev.baton.domain.metric.DisplayNumbers;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.metric.evaluation.Rounding;
import dev.baton.domain.period.Granularity;
import dev.baton.domain.period.Period;
import dev.baton.domain.scorecard.Attainment;
import dev.baton.domain.scorecard.ElapsedShare;
import dev.baton.domain.scorecard.Pace;
import dev.baton.domain.scorecard.TargetStanding;
import dev.baton.domain.team.TeamId;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The executive scorecard of a period: the alignment score with its formula, each funnel drawn with its handoffs
 * coloured by coverage, the findings by severity, each team's KPIs against target with a trend, and the unit economics.
 * Everything is drawn on the server (inline SVG), so the page needs no script; a print stylesheet makes it a one-pager.
 */
@Path("/scorecard")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class ScorecardPage {

    /** Team colours by the team's position among the active teams; all dark enough for white text (WCAG AA). */
    static final List<String> PALETTE =
            List.of("#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be185d", "#0e7490", "#4d7c0f", "#9f1239");

    static final String COVERED = "#15803d";
    static final String UNCOVERED = "#b91c1c";
    static final String INTERNAL = "#6b7280";

    private static final int BOX_WIDTH = 124;
    private static final int BOX_HEIGHT = 52;
    private static final int GAP = 60;
    private static final int MARGIN = 8;
    private static final int SPARK_WIDTH = 120;
    private static final int SPARK_HEIGHT = 28;
    static final int PACE_MARKER_WIDTH = 60;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(
                String period,
                String granularity,
                String previousPeriod,
                String nextPeriod,
                int score,
                String scoreFormula,
                long violations,
                long warnings,
                List<FunnelDrawing> funnels,
                List<Legend> legend,
                List<FindingGroup> findings,
                List<TeamTable> teams,
                List<EconomicsRow> economics,
                String trendFrom,
                String trendTo,
                boolean toDate);
    }

    private final GetScorecardUseCase scorecards;

    @Inject
    public ScorecardPage(GetScorecardUseCase scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    public TemplateInstance show(
            @QueryParam("period") String period,
            @QueryParam("granularity") String granularity,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        Scorecard card = scorecards.scorecard(ScorecardQuery.of(normalise(period, granularity)));
        AlignmentOutcome outcome = card.alignment();
        Map<String, String> names = metricNames(card.catalog(), locale);
        Map<TeamId, Integer> teamIndex = new HashMap<>();
        List<Legend> legend = new ArrayList<>();
        for (PlanTeam team : outcome.teams()) {
            teamIndex.put(team.id(), teamIndex.size());
            legend.add(new Legend(team.name(), colour(teamIndex.get(team.id()))));
        }
        List<FunnelDrawing> funnels = new ArrayList<>();
        for (StoredFunnel funnel : card.funnels()) {
            funnels.add(drawing(funnel, outcome, teamIndex, names));
        }
        long warnings = outcome.report().findings().stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .count();
        List<TeamTable> teams = card.teams().stream()
                .map(team -> new TeamTable(
                        team.team().id().value(),
                        team.team().name(),
                        team.kpis().stream()
                                .map(line -> row(line, card, locale))
                                .toList()))
                .toList();
        List<EconomicsRow> economics =
                card.economics().stream().map(line -> economics(line, locale)).toList();
        return Templates.scorecard(
                        card.period().format(),
                        card.period().granularity().name(),
                        card.period().preceding().map(Period::format).orElse(null),
                        card.period().following().map(Period::format).orElse(null),
                        outcome.report().score(),
                        scoreFormula(outcome.report(), locale),
                        outcome.report().violations(),
                        warnings,
                        funnels,
                        legend,
                        findings(outcome, locale, names),
                        teams,
                        economics,
                        card.trendPeriods().get(0).format(),
                        card.period().format(),
                        card.running())
                .data("nav", "scorecard");
    }

    /**
     * The KPI table as CSV, one row per team and target. The columns are identifiers (the header, the metric key, the
     * periods, the threshold and the actual as plain numbers); the metric's name, the attainment and the reason there
     * is no value are in the reader's language ({@code Accept-Language} or the language cookie, as the page).
     */
    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response export(
            @QueryParam("period") String period,
            @QueryParam("granularity") String granularity,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        ScoreMessages words = MessageBundles.get(ScoreMessages.class, Localized.Literal.of(Language.tag(locale)));
        Scorecard card = scorecards.scorecard(ScorecardQuery.of(normalise(period, granularity)));
        StringBuilder csv = new StringBuilder(
                "period,team,metric,metric_name,scope,target_period,threshold,actual,attainment,no_value_reason\n");
        for (Scorecard.TeamCard team : card.teams()) {
            for (Scorecard.KpiLine line : team.kpis()) {
                TargetStanding standing = line.standing();
                csv.append(String.join(
                                ",",
                                csvField(card.period().format()),
                                csvField(team.team().name()),
                                csvField(line.target().metric().value()),
                                csvField(line.metric().name().in(locale)),
                                csvField(line.target()
                                        .scope()
                                        .map(StageScope::toString)
                                        .orElse("")),
                                csvField(line.target().period().format()),
                                csvField(line.target().threshold().toString()),
                                csvField(standing.actual()
                                        .map(BigDecimal::toPlainString)
                                        .orElse("")),
                                csvField(words.attainment_name(
                                        standing.attainment().name())),
                                csvField(standing.reason()
                                        .map(r -> Phrasebook.word(r, locale))
                                        .orElse(""))))
                        .append('\n');
            }
        }
        return Response.ok(csv.toString())
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"scorecard-" + card.period() + ".csv\"")
                .build();
    }

    /**
     * The period the picker asks for: the text typed, moved to the granularity chosen when they differ (2026-09 as a
     * quarter is 2026-Q3). Text that is not a period is passed on as typed, to be refused by name.
     */
    static String normalise(String period, String granularity) {
        if (period == null || period.isBlank() || granularity == null || granularity.isBlank()) {
            return period;
        }
        Period parsed;
        Granularity wanted;
        try {
            parsed = Period.parse(period);
            wanted = Granularity.valueOf(granularity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return period;
        }
        if (parsed.granularity() == wanted) {
            return parsed.format();
        }
        int month = parsed.firstMonth().getMonthValue();
        return switch (wanted) {
            case MONTH -> Period.month(parsed.firstMonth()).format();
            case QUARTER -> Period.quarter(parsed.year(), (month - 1) / 3 + 1).format();
            case YEAR -> Period.year(parsed.year()).format();
        };
    }

    /** The score's formula with the plan's numbers, in the page's language. */
    private static String scoreFormula(AlignmentReport report, Locale locale) {
        return Phrasebook.word(report.scoreFormula(), locale);
    }

    private static Map<String, String> metricNames(MetricCatalog catalog, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (MetricDefinition metric : catalog.all()) {
            names.put(metric.key().value(), metric.name().in(locale));
        }
        return names;
    }

    private static FunnelDrawing drawing(
            StoredFunnel stored, AlignmentOutcome outcome, Map<TeamId, Integer> teamIndex, Map<String, String> names) {
        List<Stage> stages = stored.funnel().stages();
        String funnelName = stored.funnel().name();
        List<Box> boxes = new ArrayList<>();
        int top = MARGIN;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            int x = MARGIN + i * (BOX_WIDTH + GAP);
            boxes.add(new Box(
                    x,
                    top,
                    BOX_WIDTH,
                    BOX_HEIGHT,
                    colour(teamIndex.getOrDefault(stage.owner(), -1)),
                    shorten(stage.name(), 16),
                    shorten(outcome.teamName(stage.owner()), 18),
                    x + BOX_WIDTH / 2,
                    top + 22,
                    top + 40));
        }
        Map<String, HandoffCoverage> coverage = new HashMap<>();
        for (HandoffCoverage c : outcome.report().handoffs()) {
            if (c.funnel().equals(funnelName)) {
                coverage.put(c.handoff().from().key() + ">" + c.handoff().to().key(), c);
            }
        }
        List<Arrow> arrows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int y = top + BOX_HEIGHT / 2;
        for (int i = 0; i + 1 < stages.size(); i++) {
            Stage from = stages.get(i);
            Stage to = stages.get(i + 1);
            int x1 = MARGIN + i * (BOX_WIDTH + GAP) + BOX_WIDTH;
            int x2 = x1 + GAP - 4;
            HandoffCoverage c = coverage.get(from.key() + ">" + to.key());
            if (from.owner().equals(to.owner()) || c == null) {
                arrows.add(new Arrow(x1, x2, y, INTERNAL, "arrow-internal", false, false, "", 0, 0));
                continue;
            }
            String shared = c.sharedMetrics().stream()
                    .map(slot -> label(slot, names))
                    .distinct()
                    .collect(Collectors.joining(", "));
            boolean covered = c.covered();
            int labelX = x1 + GAP / 2;
            arrows.add(new Arrow(
                    x1,
                    x2,
                    y,
                    covered ? COVERED : UNCOVERED,
                    covered ? "arrow-covered" : "arrow-uncovered",
                    true,
                    covered,
                    covered ? shorten(shared, 26) : "✕",
                    labelX,
                    top + BOX_HEIGHT + 18 + (i % 2) * 14));
            Handoff h = c.handoff();
            lines.add(h.from().name() + " → " + h.to().name() + " (" + outcome.teamName(h.fromTeam()) + " → "
                    + outcome.teamName(h.toTeam()) + "): " + (covered ? "✓ " + shared : "✕"));
        }
        int width = MARGIN * 2 + stages.size() * (BOX_WIDTH + GAP) - GAP;
        int height = top + BOX_HEIGHT + 44;
        return new FunnelDrawing(funnelName, width, height, boxes, arrows, lines);
    }

    private static String label(MetricSlot slot, Map<String, String> names) {
        String name = names.getOrDefault(slot.metric().value(), slot.metric().value());
        return slot.scope().map(s -> name + " " + s).orElse(name);
    }

    private static List<FindingGroup> findings(AlignmentOutcome outcome, Locale locale, Map<String, String> names) {
        Map<Severity, List<FindingItem>> bySeverity = new LinkedHashMap<>();
        bySeverity.put(Severity.VIOLATION, new ArrayList<>());
        bySeverity.put(Severity.WARNING, new ArrayList<>());
        for (Finding finding : outcome.report().findings()) {
            List<String> suggestions = finding.suggestions().stream()
                    .map(MetricKey::value)
                    .map(key -> names.getOrDefault(key, key))
                    .toList();
            List<TeamLink> teams = finding.teams().stream()
                    .distinct()
                    .map(id -> new TeamLink(id.value(), outcome.teamName(id)))
                    .toList();
            bySeverity
                    .computeIfAbsent(finding.severity(), s -> new ArrayList<>())
                    .add(new FindingItem(
                            finding.severity().name(), Phrasebook.word(finding.phrase(), locale), suggestions, teams));
        }
        return bySeverity.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new FindingGroup(e.getKey().name(), e.getValue()))
                .toList();
    }

    private static KpiRow row(Scorecard.KpiLine line, Scorecard card, Locale locale) {
        TargetStanding standing = line.standing();
        Unit unit = line.metric().unit();
        List<Optional<BigDecimal>> trend = line.trend();
        List<BigDecimal> known = trend.stream().flatMap(Optional::stream).toList();
        String points = known.size() < 2 ? "" : points(trend);
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
                known.size() >= 2,
                points,
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

    /** The note beside a partial actual, or null when it covers the whole period. */
    private static CoverageNote note(Coverage coverage) {
        return coverage.partial() ? new CoverageNote(coverage.months(), coverage.monthsInPeriod()) : null;
    }

    /** Polyline points over the trend's known values: the oldest on the left, the highest at the top. */
    static String points(List<Optional<BigDecimal>> trend) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Optional<BigDecimal> value : trend) {
            if (value.isPresent()) {
                min = min == null || value.get().compareTo(min) < 0 ? value.get() : min;
                max = max == null || value.get().compareTo(max) > 0 ? value.get() : max;
            }
        }
        StringBuilder points = new StringBuilder();
        int steps = Math.max(1, trend.size() - 1);
        for (int i = 0; i < trend.size(); i++) {
            if (trend.get(i).isEmpty()) {
                continue;
            }
            double x = 2 + (double) (SPARK_WIDTH - 4) * i / steps;
            double share = Objects.requireNonNull(max).compareTo(min) == 0
                    ? 0.5
                    : trend.get(i).get().subtract(min).doubleValue()
                            / max.subtract(min).doubleValue();
            double y = SPARK_HEIGHT - 3 - share * (SPARK_HEIGHT - 6);
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return points.toString();
    }

    private static EconomicsRow economics(Scorecard.EconomicsLine line, Locale locale) {
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

    private static String colour(int index) {
        return index < 0 ? INTERNAL : PALETTE.get(index % PALETTE.size());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * A plain number or a band of two ("-5–10"), negative or not: nothing a spreadsheet would run, so it is never
     * prefixed.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(–-?\\d+(\\.\\d+)?)?");

    static String csvField(String value) {
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
