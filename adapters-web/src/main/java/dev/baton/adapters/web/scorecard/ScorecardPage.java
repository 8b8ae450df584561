package dev.baton.adapters.web.scorecard;

import dev.baton.adapters.web.scorecard.ScorecardViews.FindingGroup;
import dev.baton.adapters.web.scorecard.ScorecardViews.FindingItem;
import dev.baton.adapters.web.scorecard.ScorecardViews.Legend;
import dev.baton.adapters.web.scorecard.ScorecardViews.ScorecardView;
import dev.baton.adapters.web.scorecard.ScorecardViews.TeamLink;
import dev.baton.adapters.web.scorecard.ScorecardViews.TeamTable;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.proposal.ViewSettleRightsUseCase;
import dev.baton.application.scorecard.GetScorecardUseCase;
import dev.baton.application.scorecard.Scorecard;
import dev.baton.application.scorecard.ScorecardQuery;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.alignment.Severity;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.period.Granularity;
import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The executive scorecard of a period: the alignment score with its formula, each funnel drawn with its handoffs
 * coloured by coverage, the findings by severity, each team's KPIs against target with a trend, and the unit economics.
 * Everything is drawn on the server (inline SVG, see {@link FunnelDrawing} and {@link Sparkline}), so the page needs no
 * script; a print stylesheet makes it a one-pager. The KPI table also downloads as CSV ({@link ScorecardCsv}).
 */
@Path("/scorecard")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class ScorecardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(String period, RawString body);

        static native TemplateInstance scorecard_body(ScorecardView view);

        static native TemplateInstance settle(FindingSettling.SettleView settle);
    }

    private final GetScorecardUseCase scorecards;
    private final RenderedScorecards rendered;
    private final ViewSettleRightsUseCase rights;

    @Inject
    public ScorecardPage(GetScorecardUseCase scorecards, RenderedScorecards rendered, ViewSettleRightsUseCase rights) {
        this.scorecards = scorecards;
        this.rendered = rendered;
        this.rights = rights;
    }

    @GET
    public TemplateInstance show(
            @QueryParam("period") String period,
            @QueryParam("granularity") String granularity,
            @Context HttpHeaders headers) {
        Scorecard card = scorecards.scorecard(ScorecardQuery.of(normalise(period, granularity)));
        Locale locale = Language.of(headers);
        String shared = rendered.body(
                card, locale, () -> Templates.scorecard_body(view(card, locale)).render());
        // The body is shared by every reader; what this reader may do about the findings is filled in here.
        String body = FindingSettling.fill(
                shared,
                card,
                named -> rights.rights(card.period(), named),
                names(card, locale),
                settle -> Templates.settle(settle).render());
        return Templates.scorecard(card.period().format(), new RawString(body)).data("nav", "scorecard");
    }

    /**
     * The KPI table as CSV; the metric's name, the attainment and the reason there is no value are in the reader's
     * language ({@code Accept-Language} or the language cookie, as the page).
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
        return Response.ok(ScorecardCsv.of(card, locale, words))
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

    private static Map<String, String> names(Scorecard card, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (MetricDefinition metric : card.catalog().all()) {
            names.put(metric.key().value(), metric.name().in(locale));
        }
        return names;
    }

    private static ScorecardView view(Scorecard card, Locale locale) {
        AlignmentOutcome outcome = card.alignment();
        Map<String, String> names = names(card, locale);
        Map<TeamId, Integer> teamIndex = new HashMap<>();
        List<Legend> legend = new ArrayList<>();
        for (PlanTeam team : outcome.teams()) {
            teamIndex.put(team.id(), teamIndex.size());
            legend.add(new Legend(team.name(), FunnelDrawing.colour(teamIndex.get(team.id()))));
        }
        List<FunnelDrawing> funnels = card.funnels().stream()
                .map(funnel -> FunnelDrawing.of(funnel, outcome, teamIndex, names))
                .toList();
        long warnings = outcome.report().findings().stream()
                .filter(f -> f.severity() == Severity.WARNING)
                .count();
        List<TeamTable> teams = card.teams().stream()
                .map(team -> new TeamTable(
                        team.team().id().value(),
                        team.team().name(),
                        team.kpis().stream()
                                .map(line -> KpiRows.row(line, card, locale))
                                .toList()))
                .toList();
        return new ScorecardView(
                card.period().format(),
                card.period().granularity().name(),
                card.period().preceding().map(Period::format).orElse(null),
                card.period().following().map(Period::format).orElse(null),
                outcome.report().score(),
                Phrasebook.word(outcome.report().scoreFormula(), locale),
                outcome.report().violations(),
                warnings,
                funnels,
                legend,
                findings(outcome, locale, names),
                teams,
                card.economics().stream()
                        .map(line -> KpiRows.economics(line, locale))
                        .toList(),
                card.trendPeriods().get(0).format(),
                card.period().format(),
                card.running());
    }

    private static List<FindingGroup> findings(AlignmentOutcome outcome, Locale locale, Map<String, String> names) {
        Map<Severity, List<FindingItem>> bySeverity = new LinkedHashMap<>();
        bySeverity.put(Severity.VIOLATION, new ArrayList<>());
        bySeverity.put(Severity.WARNING, new ArrayList<>());
        List<Finding> all = outcome.report().findings();
        for (int index = 0; index < all.size(); index++) {
            Finding finding = all.get(index);
            List<String> suggestions = finding.suggestions().stream()
                    .map(MetricKey::value)
                    .map(key -> names.getOrDefault(key, key))
                    .toList();
            List<TeamLink> teams = finding.teams().stream()
                    .distinct()
                    .map(id -> new TeamLink(id.value(), outcome.teamName(id)))
                    .toList();
            String message = Phrasebook.word(finding.phrase(), locale);
            bySeverity
                    .computeIfAbsent(finding.severity(), s -> new ArrayList<>())
                    .add(new FindingItem(
                            finding.severity().name(),
                            message,
                            suggestions,
                            teams,
                            index,
                            FindingSettling.settles(finding)));
        }
        return bySeverity.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new FindingGroup(e.getKey().name(), e.getValue()))
                .toList();
    }
}
