package dev.baton.adapters.web.target;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.shared.FormNumbers;
import dev.baton.adapters.web.shared.Html;
import dev.baton.adapters.web.shared.Language;
import dev.baton.adapters.web.shared.Roles;
import dev.baton.application.access.AccessPolicy;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.alignment.AlignmentQuery;
import dev.baton.application.alignment.GetAlignmentReportUseCase;
import dev.baton.application.alignment.WhatIfCommand;
import dev.baton.application.alignment.WhatIfOutcome;
import dev.baton.application.alignment.WhatIfUseCase;
import dev.baton.application.funnel.ListFunnelsUseCase;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.metric.ListMetricsQuery;
import dev.baton.application.metric.ListMetricsUseCase;
import dev.baton.application.metric.MetricDetails;
import dev.baton.application.person.ListPeopleQuery;
import dev.baton.application.person.ListPeopleUseCase;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.PageRequest;
import dev.baton.application.target.ChangeKpiTargetCommand;
import dev.baton.application.target.ChangeKpiTargetUseCase;
import dev.baton.application.target.CopyResult;
import dev.baton.application.target.CopyTargetsCommand;
import dev.baton.application.target.CopyTargetsUseCase;
import dev.baton.application.target.GetTargetUseCase;
import dev.baton.application.target.ListTargetsQuery;
import dev.baton.application.target.ListTargetsUseCase;
import dev.baton.application.target.RemoveKpiTargetCommand;
import dev.baton.application.target.RemoveKpiTargetUseCase;
import dev.baton.application.target.SetKpiTargetCommand;
import dev.baton.application.target.SetKpiTargetUseCase;
import dev.baton.application.target.TargetDetails;
import dev.baton.application.target.TargetInput;
import dev.baton.application.target.ThresholdInput;
import dev.baton.application.team.FindOwnTeamUseCase;
import dev.baton.application.team.GetTeamUseCase;
import dev.baton.application.team.ListTeamsQuery;
import dev.baton.application.team.ListTeamsUseCase;
import dev.baton.application.team.TeamDetails;
import dev.baton.application.team.TeamSummary;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Person;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The target editor of one team and period: its targets with add, change and remove forms, beside the findings of the
 * alignment rules that involve the team and the handoffs it touches. A change can be previewed (what-if) before it is
 * saved; suggested shared metrics are adopted with one click; the period is copied into the next.
 */
@Path("/targets")
@RolesAllowed({Roles.ADMIN, Roles.EXECUTIVE, Roles.TEAM_LEAD})
@Produces(MediaType.TEXT_HTML)
public class TargetsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pick(List<TeamSummary> teams, String period);

        static native TemplateInstance editor(
                TeamDetails team,
                String period,
                String previousPeriod,
                String nextPeriod,
                boolean canEdit,
                List<TargetRow> rows,
                List<MetricOption> metrics,
                List<String> stages,
                List<Person> people,
                int score,
                String scoreFormula,
                List<FindingView> findings,
                List<HandoffView> handoffs,
                TargetForm form,
                FormErrors errors,
                PreviewView preview,
                String notice,
                int copied,
                int skipped);
    }

    private final ListTeamsUseCase listTeams;
    private final GetTeamUseCase getTeam;
    private final ListTargetsUseCase listTargets;
    private final GetTargetUseCase getTarget;
    private final SetKpiTargetUseCase setTarget;
    private final ChangeKpiTargetUseCase changeTarget;
    private final RemoveKpiTargetUseCase removeTarget;
    private final CopyTargetsUseCase copyTargets;
    private final GetAlignmentReportUseCase report;
    private final WhatIfUseCase whatIf;
    private final ListMetricsUseCase listMetrics;
    private final ListFunnelsUseCase listFunnels;
    private final ListPeopleUseCase listPeople;
    private final AccessPolicy access;
    private final FindOwnTeamUseCase ownTeam;

    @Inject
    public TargetsPage(
            ListTeamsUseCase listTeams,
            GetTeamUseCase getTeam,
            ListTargetsUseCase listTargets,
            GetTargetUseCase getTarget,
            SetKpiTargetUseCase setTarget,
            ChangeKpiTargetUseCase changeTarget,
            RemoveKpiTargetUseCase removeTarget,
            CopyTargetsUseCase copyTargets,
            GetAlignmentReportUseCase report,
            WhatIfUseCase whatIf,
            ListMetricsUseCase listMetrics,
            ListFunnelsUseCase listFunnels,
            ListPeopleUseCase listPeople,
            AccessPolicy access,
            FindOwnTeamUseCase ownTeam) {
        this.listTeams = listTeams;
        this.getTeam = getTeam;
        this.listTargets = listTargets;
        this.getTarget = getTarget;
        this.setTarget = setTarget;
        this.changeTarget = changeTarget;
        this.removeTarget = removeTarget;
        this.copyTargets = copyTargets;
        this.report = report;
        this.whatIf = whatIf;
        this.listMetrics = listMetrics;
        this.listFunnels = listFunnels;
        this.listPeople = listPeople;
        this.access = access;
        this.ownTeam = ownTeam;
    }

    @GET
    public Response show(
            @QueryParam("team") Long team,
            @QueryParam("period") String period,
            @QueryParam("edit") String edit,
            @QueryParam("metric") String metric,
            @QueryParam("scopeFrom") String scopeFrom,
            @QueryParam("scopeTo") String scopeTo,
            @QueryParam("saved") boolean saved,
            @QueryParam("copied") Integer copied,
            @QueryParam("skipped") Integer skipped,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        String shown = period == null || period.isBlank() ? thisQuarter() : period.strip();
        if (team == null) {
            Optional<TeamId> own = ownTeam.ownTeam();
            if (own.isPresent()) {
                // A team lead comes to set their own team's targets: open the editor there, in the period asked for.
                String asked = period == null || period.isBlank() ? "" : "&period=" + encode(period.strip());
                return Html.redirect("/targets?team=" + own.get().value() + asked);
            }
            List<TeamSummary> teams = listTeams
                    .list(ListTeamsQuery.of(null, false, 0, PageRequest.MAX_SIZE))
                    .items();
            return Response.ok(Templates.pick(teams, shown).data("nav", "targets"))
                    .build();
        }
        TeamDetails details = getTeam.get(teamId(team));
        Period parsed = AlignmentQuery.of(shown).period();
        TargetForm form;
        if (edit != null && !edit.isBlank()) {
            form = TargetForm.of(getTarget.get(edit).target());
        } else {
            TargetForm fresh =
                    TargetForm.fresh(parsed.format(), details.team().owner().value());
            form = new TargetForm(
                    "", "", metric, scopeFrom, scopeTo, fresh.period(), fresh.type(), "", "", "", fresh.ownerId(), "");
        }
        String notice = "";
        if (saved) {
            notice = "saved";
        } else if (copied != null) {
            notice = "copied";
        }
        return editor(details, parsed, form, FormErrors.none(), null, notice, copied, skipped, locale, 200);
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm Long team,
            @RestForm String viewPeriod,
            @RestForm String intent,
            @RestForm String id,
            @RestForm String version,
            @RestForm String metric,
            @RestForm String scopeFrom,
            @RestForm String scopeTo,
            @RestForm String period,
            @RestForm String type,
            @RestForm String value,
            @RestForm String min,
            @RestForm String max,
            @RestForm String ownerId,
            @RestForm String rationale,
            @Context HttpHeaders headers) {
        Locale locale = Language.of(headers);
        TeamDetails details = getTeam.get(teamId(team));
        Period shown = AlignmentQuery.of(viewPeriod == null || viewPeriod.isBlank() ? period : viewPeriod)
                .period();
        TargetForm form = new TargetForm(
                id, version, metric, scopeFrom, scopeTo, period, type, value, min, max, ownerId, rationale);
        TargetInput input = new TargetInput(
                team,
                metric,
                scopeFrom,
                scopeTo,
                period,
                new ThresholdInput(type, decimal(value), decimal(min), decimal(max)),
                FormNumbers.parse(ownerId),
                rationale);
        boolean change = form.isChange();
        try {
            if ("preview".equals(intent)) {
                WhatIfOutcome outcome = whatIf.whatIf(
                        WhatIfCommand.of(shown.format(), change ? "REPLACE" : "SET", change ? id : null, input));
                PreviewView preview = new PreviewView(
                        outcome.before().report().score(),
                        outcome.after().report().score(),
                        findings(outcome.after(), details.team().id(), shown, locale, Map.of()));
                return editor(details, shown, form, FormErrors.none(), preview, "", null, null, locale, 200);
            }
            if (change) {
                changeTarget.change(ChangeKpiTargetCommand.of(id, input, FormNumbers.parse(version)));
            } else {
                setTarget.set(SetKpiTargetCommand.of(input));
            }
            return Html.redirect(editorPath(team, shown) + "&saved=true");
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream()
                    .map(err -> new FieldError(err.field().replaceFirst("^target\\.", ""), err.phrase()))
                    .toList();
            return editor(details, shown, form, FormErrors.of(errors, locale), null, "", null, null, locale, 422);
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(
            @PathParam("id") String id, @RestForm Long team, @RestForm String viewPeriod, @RestForm String version) {
        removeTarget.remove(RemoveKpiTargetCommand.of(id, FormNumbers.parse(version)));
        return Html.redirect(editorPath(team, AlignmentQuery.of(viewPeriod).period()) + "&saved=true");
    }

    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@RestForm Long team, @RestForm String viewPeriod) {
        CopyResult result = copyTargets.copy(CopyTargetsCommand.of(team, viewPeriod, null));
        return Html.redirect(
                editorPath(team, result.to()) + "&copied=" + result.copied() + "&skipped=" + result.skipped());
    }

    /** One click on a suggested shared metric: the neighbour's bar, the team's owner, the page's period. */
    @RolesAllowed({Roles.ADMIN, Roles.TEAM_LEAD})
    @POST
    @Path("/adopt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adopt(
            @RestForm Long team,
            @RestForm String viewPeriod,
            @RestForm String metric,
            @RestForm String scopeFrom,
            @RestForm String scopeTo,
            @RestForm String type,
            @RestForm String value,
            @RestForm String min,
            @RestForm String max,
            @Context HttpHeaders headers) {
        TeamDetails details = getTeam.get(teamId(team));
        Period shown = AlignmentQuery.of(viewPeriod).period();
        String owner = Long.toString(details.team().owner().value());
        TargetInput input = new TargetInput(
                team,
                metric,
                scopeFrom,
                scopeTo,
                shown.format(),
                new ThresholdInput(type, decimal(value), decimal(min), decimal(max)),
                details.team().owner().value(),
                null);
        try {
            setTarget.set(SetKpiTargetCommand.of(input));
            return Html.redirect(editorPath(team, shown) + "&saved=true");
        } catch (InvalidInputException e) {
            TargetForm form = new TargetForm(
                    "", "", metric, scopeFrom, scopeTo, shown.format(), type, value, min, max, owner, "");
            Locale locale = Language.of(headers);
            return editor(details, shown, form, FormErrors.of(e.errors(), locale), null, "", null, null, locale, 422);
        }
    }

    private Response editor(
            TeamDetails details,
            Period period,
            TargetForm form,
            FormErrors errors,
            PreviewView preview,
            String notice,
            Integer copied,
            Integer skipped,
            Locale locale,
            int status) {
        TeamId team = details.team().id();
        List<MetricDetails> catalog = listMetrics.list(ListMetricsQuery.of(null));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        List<MetricOption> metrics = new ArrayList<>();
        for (MetricDetails metric : catalog) {
            String name = metric.definition().name().in(locale);
            names.put(metric.key().value(), name);
            units.put(metric.key().value(), metric.definition().unit());
            metrics.add(new MetricOption(
                    metric.key().value(), name, metric.definition().stageScoped()));
        }
        Set<String> stages = new LinkedHashSet<>();
        for (StoredFunnel funnel : listFunnels.list()) {
            funnel.funnel().stages().forEach(s -> stages.add(s.key()));
        }
        List<Person> people = listPeople
                .list(ListPeopleQuery.of(null, 0, PageRequest.MAX_SIZE))
                .items();
        Map<Long, String> personNames = people.stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> p.name().value(), (a, b) -> a));
        List<TargetRow> rows = targetsOf(team, period).stream()
                .map(d -> row(d, names, units, personNames))
                .toList();
        AlignmentOutcome outcome = report.report(new AlignmentQuery(period));
        List<FindingView> findings = findings(outcome, team, period, locale, names);
        List<HandoffView> handoffs = new ArrayList<>();
        for (HandoffCoverage coverage : outcome.report().handoffs()) {
            Handoff h = coverage.handoff();
            if (h.fromTeam().equals(team) || h.toTeam().equals(team)) {
                handoffs.add(new HandoffView(
                        coverage.funnel(),
                        h.from().name(),
                        h.to().name(),
                        outcome.teamName(h.fromTeam()),
                        outcome.teamName(h.toTeam()),
                        coverage.sharedMetrics().stream()
                                .map(MetricSlot::metricLabel)
                                .collect(Collectors.joining(", "))));
            }
        }
        return Response.status(status)
                .entity(Templates.editor(
                                details,
                                period.format(),
                                period.preceding().map(Period::format).orElse(null),
                                period.following().map(Period::format).orElse(null),
                                access.mayEditTeam(team),
                                rows,
                                metrics,
                                List.copyOf(stages),
                                people,
                                outcome.report().score(),
                                outcome.report().scoreFormula(),
                                findings,
                                handoffs,
                                form,
                                errors,
                                preview,
                                notice,
                                copied == null ? 0 : copied,
                                skipped == null ? 0 : skipped)
                        .data("nav", "targets"))
                .build();
    }

    private List<TargetDetails> targetsOf(TeamId team, Period period) {
        return listTargets
                .list(ListTargetsQuery.of(team.value(), period.format(), null, 0, PageRequest.MAX_SIZE))
                .items();
    }

    private static TargetRow row(
            TargetDetails details, Map<String, String> names, Map<String, Unit> units, Map<Long, String> people) {
        KpiTarget t = details.target();
        return new TargetRow(
                t.id().toString(),
                t.version(),
                t.metric().value(),
                names.getOrDefault(t.metric().value(), t.metric().value()),
                t.scope().map(StageScope::toString).orElse(""),
                t.period().format(),
                t.threshold().display(units.getOrDefault(t.metric().value(), Unit.COUNT)),
                people.getOrDefault(t.owner().value(), "#" + t.owner().value()),
                t.rationale().orElse(""),
                details.runsAgainstDirection());
    }

    /** The findings naming the team; uncovered handoffs come with their suggestions and the neighbour's bars. */
    private List<FindingView> findings(
            AlignmentOutcome outcome, TeamId team, Period period, Locale locale, Map<String, String> names) {
        List<FindingView> views = new ArrayList<>();
        for (Finding finding : outcome.report().findings()) {
            if (!finding.teams().contains(team)) {
                continue;
            }
            List<SuggestionView> suggestions = new ArrayList<>();
            if (finding.code() == FindingCode.HANDOFF_WITHOUT_SHARED_METRIC
                    && finding.handoff().isPresent()) {
                Handoff h = finding.handoff().get();
                TeamId neighbour = h.fromTeam().equals(team) ? h.toTeam() : h.fromTeam();
                List<KpiTarget> theirs = targetsOf(neighbour, period).stream()
                        .map(TargetDetails::target)
                        .toList();
                for (MetricKey key : finding.suggestions()) {
                    suggestions.add(suggestion(key, h, theirs, outcome.teamName(neighbour), team, period, names));
                }
            }
            views.add(new FindingView(
                    finding.severity().name(),
                    finding.code().name(),
                    finding.message().in(locale),
                    suggestions));
        }
        return views;
    }

    private static SuggestionView suggestion(
            MetricKey key,
            Handoff handoff,
            List<KpiTarget> theirs,
            String neighbour,
            TeamId team,
            Period period,
            Map<String, String> names) {
        Optional<StageScope> scope =
                "stage_conversion_rate".equals(key.value()) ? Optional.of(handoff.boundary()) : Optional.empty();
        Optional<Threshold> bar = theirs.stream()
                .filter(t -> t.metric().equals(key) && t.scope().equals(scope))
                .map(KpiTarget::threshold)
                .findFirst();
        String from = scope.map(StageScope::from).orElse("");
        String to = scope.map(StageScope::to).orElse("");
        String prefill = "/targets?team=" + team.value() + "&period=" + encode(period.format()) + "&metric="
                + encode(key.value())
                + (scope.isPresent() ? "&scopeFrom=" + encode(from) + "&scopeTo=" + encode(to) : "");
        Function<Optional<BigDecimal>, String> plain =
                n -> n.map(BigDecimal::toPlainString).orElse("");
        boolean between = bar.map(b -> b.comparison() == Comparison.BETWEEN).orElse(false);
        return new SuggestionView(
                key.value(),
                names.getOrDefault(key.value(), key.value()),
                from,
                to,
                neighbour,
                bar.isPresent(),
                bar.map(b -> b.comparison().name()).orElse(""),
                bar.filter(b -> !between)
                        .map(b -> plain.apply(b.lower().or(b::upper)))
                        .orElse(""),
                between ? plain.apply(bar.get().lower()) : "",
                between ? plain.apply(bar.get().upper()) : "",
                prefill);
    }

    private static String editorPath(Long team, Period period) {
        return "/targets?team=" + team + "&period=" + encode(period.format());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static BigDecimal decimal(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String thisQuarter() {
        LocalDate today = LocalDate.now();
        return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1)
                .format();
    }

    private static TeamId teamId(Long id) {
        if (id == null || id <= 0) {
            throw new NotFoundException("team", id);
        }
        return new TeamId(id);
    }
}
