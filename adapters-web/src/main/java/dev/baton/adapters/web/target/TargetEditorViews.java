package dev.baton.adapters.web.target;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.adapters.web.target.TargetEditorView.ContextView;
import dev.baton.adapters.web.target.TargetEditorView.OwnerOption;
import dev.baton.adapters.web.target.TargetEditorView.PastView;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.proposal.ProposalBoard;
import dev.baton.application.proposal.ProposalDetails;
import dev.baton.application.target.TargetDetails;
import dev.baton.application.target.TargetEditor;
import dev.baton.application.target.TargetEditor.NumberContext;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.alignment.Finding;
import dev.baton.domain.alignment.FindingCode;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.alignment.MetricSlot;
import dev.baton.domain.funnel.Handoff;
import dev.baton.domain.metric.DisplayNumbers;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the target editor's view from what {@code ViewTargetEditorUseCase} read, in the reader's language. */
final class TargetEditorViews {

    private TargetEditorViews() {}

    /** What the page shows around the form: a notice after a save or a copy, and a preview of a change. */
    record Extras(PreviewView preview, String notice, String proposalDone, int copied, int skipped) {

        static Extras none() {
            return new Extras(null, "", "", 0, 0);
        }

        static Extras preview(PreviewView preview) {
            return new Extras(preview, "", "", 0, 0);
        }
    }

    static TargetEditorView of(TargetEditor editor, TargetForm form, FormErrors errors, Extras extras, Locale locale) {
        MetricCatalog catalog = editor.catalog();
        Map<String, String> names = names(catalog, locale);
        Period period = editor.period();
        Map<Long, String> people = editor.people().stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> p.name().value(), (a, b) -> a));
        List<TargetRow> rows = editor.targets().stream()
                .map(d -> row(d, editor, names, people))
                .toList();
        Optional<MetricKey> chosen = form.metric().isBlank() ? Optional.empty() : metricKey(form.metric());
        ContextView formContext = chosen.flatMap(key -> editor.context(key, scope(form), period))
                .map(c -> context(c, unit(catalog, c.metric())))
                .orElse(null);
        AlignmentOutcome outcome = editor.alignment();
        TeamId team = editor.team().id();
        return new TargetEditorView(
                team.value(),
                editor.team().name().value(),
                period.format(),
                period.preceding().map(Period::format).orElse(null),
                period.following().map(Period::format).orElse(null),
                editor.mayEdit(),
                rows,
                catalog.all().stream()
                        .map(m -> new MetricOption(
                                m.key().value(), names.get(m.key().value()), m.stageScoped()))
                        .toList(),
                stages(editor.funnels()),
                editor.people().stream()
                        .map(p -> new OwnerOption(p.id().value(), p.name().value()))
                        .toList(),
                outcome.report().score(),
                Phrasebook.word(outcome.report().scoreFormula(), locale),
                findings(outcome, team, period, editor.periodTargets(), names, locale, editor::proposalsFor),
                handoffs(outcome, team),
                editor.openProposals().stream()
                        .map(item -> proposal(item, catalog, names))
                        .toList(),
                form,
                formContext,
                errors,
                extras.preview(),
                extras.notice(),
                extras.proposalDone(),
                extras.copied(),
                extras.skipped());
    }

    /** The findings naming the team; uncovered handoffs come with their suggestions and the neighbour's bars. */
    static List<FindingView> findings(
            AlignmentOutcome outcome,
            TeamId team,
            Period period,
            List<KpiTarget> periodTargets,
            Map<String, String> names,
            Locale locale,
            Function<Finding, List<ProposalDetails>> proposals) {
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
                List<KpiTarget> theirs = periodTargets.stream()
                        .filter(t -> t.team().equals(neighbour) && t.period().equals(period))
                        .toList();
                for (MetricKey key : finding.suggestions()) {
                    suggestions.add(suggestion(key, h, theirs, outcome.teamName(neighbour), team, period, names));
                }
            }
            String message = Phrasebook.word(finding.phrase(), locale);
            List<FindingView.Waiting> waiting = proposals.apply(finding).stream()
                    .map(d -> new FindingView.Waiting(
                            d.fromTeamName().orElse(d.proposal().proposedBy()), d.toTeamName()))
                    .toList();
            views.add(new FindingView(finding.severity().name(), finding.code().name(), message, suggestions, waiting));
        }
        return views;
    }

    private static OpenProposalView proposal(
            ProposalBoard.Item item, MetricCatalog catalog, Map<String, String> names) {
        ProposalDetails details = item.details();
        Proposal p = details.proposal();
        return new OpenProposalView(
                p.id().toString(),
                details.fromTeamName().orElse(p.proposedBy()),
                details.toTeamName(),
                p.metric().value(),
                names.getOrDefault(p.metric().value(), p.metric().value()),
                p.scope().map(StageScope::toString).orElse(""),
                p.period().format(),
                p.threshold().display(unit(catalog, p.metric())),
                p.note().orElse(""),
                item.mayDecide(),
                item.mayWithdraw());
    }

    static Map<String, String> names(MetricCatalog catalog, Locale locale) {
        return catalog.all().stream()
                .collect(Collectors.toMap(
                        m -> m.key().value(), m -> m.name().in(locale), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static TargetRow row(
            TargetDetails details, TargetEditor editor, Map<String, String> names, Map<Long, String> people) {
        KpiTarget t = details.target();
        Unit unit = unit(editor.catalog(), t.metric());
        return new TargetRow(
                t.id().toString(),
                t.version(),
                t.metric().value(),
                names.getOrDefault(t.metric().value(), t.metric().value()),
                t.scope().map(StageScope::toString).orElse(""),
                t.period().format(),
                t.threshold().display(unit),
                people.getOrDefault(t.owner().value(), "#" + t.owner().value()),
                t.rationale().orElse(""),
                details.runsAgainstDirection(),
                editor.context(t.metric(), t.scope(), editor.period())
                        .map(c -> context(c, unit))
                        .orElse(null));
    }

    /** Past actuals rounded for display; an implied bound as the engine gave it (already rounded outward). */
    static ContextView context(NumberContext context, Unit unit) {
        List<PastView> history = context.history().stream()
                .map(p -> new PastView(
                        p.period().format(),
                        p.value().map(v -> DisplayNumbers.number(v, unit)).orElse("")))
                .toList();
        Function<Optional<BigDecimal>, String> bound =
                b -> b.map(v -> DisplayNumbers.exact(v, unit)).orElse("");
        return new ContextView(
                history,
                bound.apply(context.impliedMin()),
                bound.apply(context.impliedMax()),
                context.planned().map(v -> DisplayNumbers.exact(v, unit)).orElse(""));
    }

    private static List<HandoffView> handoffs(AlignmentOutcome outcome, TeamId team) {
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
        return handoffs;
    }

    private static List<String> stages(List<StoredFunnel> funnels) {
        Set<String> stages = new LinkedHashSet<>();
        for (StoredFunnel funnel : funnels) {
            funnel.funnel().stages().forEach(s -> stages.add(s.key()));
        }
        return List.copyOf(stages);
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
        // Form values, read back by the adopt form: plain numbers, not display text.
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

    private static Unit unit(MetricCatalog catalog, MetricKey key) {
        return catalog.find(key).map(MetricDefinition::unit).orElse(Unit.COUNT);
    }

    private static Optional<MetricKey> metricKey(String text) {
        try {
            return Optional.of(MetricKey.of(text.strip()));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }

    private static Optional<StageScope> scope(TargetForm form) {
        if (form.scopeFrom().isBlank() || form.scopeTo().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new StageScope(form.scopeFrom().strip(), form.scopeTo().strip()));
        } catch (IllegalArgumentException notAScope) {
            return Optional.empty();
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String editorPath(Long team, Period period) {
        return "/targets?team=" + team + "&period=" + encode(period.format());
    }
}
