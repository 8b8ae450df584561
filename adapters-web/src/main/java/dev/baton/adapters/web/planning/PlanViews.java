package dev.baton.adapters.web.planning;

import dev.baton.adapters.web.shared.FormErrors;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.planning.PlannerDesk;
import dev.baton.application.planning.ProposedTargetLine;
import dev.baton.application.planning.WaterfallOutcome;
import dev.baton.domain.alignment.HandoffCoverage;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.planning.Boundary;
import dev.baton.domain.planning.Rate;
import dev.baton.domain.planning.Source;
import dev.baton.domain.planning.StageRequirement;
import dev.baton.domain.planning.Waterfall;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the plan page's view from the planner's answer and the form as typed. */
final class PlanViews {

    private static final List<String> WON_NAMES = List.of("won", "customer", "closed_won", "closed-won", "deal");

    private PlanViews() {}

    /** The stage the form picks when none was chosen: a stage named like a won deal, else the last one. */
    static String defaultWonStage(Funnel funnel) {
        for (String name : WON_NAMES) {
            if (Waterfall.canBeWon(funnel, name)) {
                return name;
            }
        }
        return funnel.stages().get(funnel.stages().size() - 1).key();
    }

    static PlanView of(
            PlannerDesk desk,
            PlanForm form,
            FormErrors errors,
            boolean mayAdopt,
            PlanView.Adopted adopted,
            Locale locale) {
        Optional<StoredFunnel> funnel = desk.funnels().stream()
                .filter(f -> Long.toString(f.id()).equals(form.funnel()))
                .findFirst()
                .or(() -> form.funnel().isEmpty() ? desk.funnels().stream().findFirst() : Optional.empty());
        // A won stage picked on another funnel gives way to this funnel's default.
        String wonStage = funnel.map(f ->
                        Waterfall.canBeWon(f.funnel(), form.wonStage()) ? form.wonStage() : defaultWonStage(f.funnel()))
                .orElse(form.wonStage());
        List<PlanView.Choice> funnels = desk.funnels().stream()
                .map(f -> new PlanView.Choice(
                        Long.toString(f.id()),
                        f.funnel().name(),
                        funnel.map(c -> c.id() == f.id()).orElse(false)))
                .toList();
        List<PlanView.Choice> stages = funnel.map(f -> f.funnel().stages().stream()
                        .skip(1)
                        .map(s -> new PlanView.Choice(s.key(), s.name(), s.key().equals(wonStage)))
                        .toList())
                .orElse(List.of());
        Optional<WaterfallOutcome> plan = desk.plan();
        List<PlanView.RateRow> rates = funnel.filter(f -> Waterfall.canBeWon(f.funnel(), wonStage))
                .map(f -> rateRows(Waterfall.boundaries(f.funnel(), wonStage), form, errors, plan))
                .orElse(List.of());
        if (plan.isEmpty()) {
            return new PlanView(
                    form,
                    errors,
                    funnels,
                    stages,
                    rates,
                    false,
                    0,
                    "",
                    null,
                    List.of(),
                    List.of(),
                    0,
                    0,
                    List.of(),
                    mayAdopt,
                    form.query(),
                    adopted);
        }
        WaterfallOutcome outcome = plan.get();
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        Waterfall waterfall = outcome.waterfall();
        return new PlanView(
                form,
                errors,
                funnels,
                stages,
                rates,
                true,
                waterfall.deals(),
                waterfall
                        .averageDealValue()
                        .map(v -> numbers.format(v.amount()))
                        .orElse(""),
                waterfall.averageDealValue().map(v -> source(v.source())).orElse(null),
                stageCards(waterfall, outcome.after(), numbers),
                teams(outcome, numbers),
                outcome.before().report().score(),
                outcome.after().report().score(),
                handoffs(outcome),
                mayAdopt,
                form.query(),
                adopted);
    }

    private static List<PlanView.RateRow> rateRows(
            List<Boundary> boundaries, PlanForm form, FormErrors errors, Optional<WaterfallOutcome> plan) {
        List<PlanView.RateRow> rows = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            Boundary boundary = boundaries.get(i);
            Optional<Rate> used = plan.map(p -> p.rates().get(boundary));
            String typed = form.rate(boundary.text());
            rows.add(new PlanView.RateRow(
                    boundary.text(),
                    PlanForm.RATE + boundary.text(),
                    "rate-" + i,
                    typed,
                    used.map(r -> r.percent().toPlainString()).orElse(""),
                    used.map(r -> source(r.source())).orElse(null),
                    errors.get("rates." + boundary.text())));
        }
        return rows;
    }

    private static List<PlanView.StageCard> stageCards(Waterfall waterfall, AlignmentOutcome teams, NumberFormat n) {
        List<PlanView.StageCard> cards = new ArrayList<>();
        Stage previous = null;
        for (StageRequirement requirement : waterfall.stages()) {
            Stage stage = requirement.stage();
            cards.add(new PlanView.StageCard(
                    stage.key(),
                    stage.name(),
                    teams.teamName(stage.owner()),
                    n.format(requirement.required()),
                    previous != null && !previous.owner().equals(stage.owner()),
                    stage.key().equals(waterfall.wonStage())));
            previous = stage;
        }
        return cards;
    }

    private static List<PlanView.TeamTargets> teams(WaterfallOutcome outcome, NumberFormat n) {
        Map<String, List<PlanView.TargetLine>> byTeam = new LinkedHashMap<>();
        for (ProposedTargetLine line : outcome.proposedTargets()) {
            BigDecimal bar = line.target().threshold().lower().orElseThrow();
            String changes = line.replaces()
                    .filter(r -> !line.unchanged())
                    .map(r -> r.threshold()
                            .lower()
                            .or(() -> r.threshold().upper())
                            .map(n::format)
                            .orElse(""))
                    .orElse("");
            byTeam.computeIfAbsent(outcome.after().teamName(line.target().team()), t -> new ArrayList<>())
                    .add(new PlanView.TargetLine(
                            line.target().metric().value(),
                            n.format(bar),
                            line.reason().name().toLowerCase(Locale.ROOT),
                            changes,
                            line.unchanged()));
        }
        return byTeam.entrySet().stream()
                .map(e -> new PlanView.TeamTargets(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<PlanView.HandoffLine> handoffs(WaterfallOutcome outcome) {
        String name = outcome.funnel().funnel().name();
        List<PlanView.HandoffLine> lines = new ArrayList<>();
        for (HandoffCoverage coverage : outcome.after().report().handoffs()) {
            if (!coverage.funnel().equals(name)
                    || outcome.waterfall()
                            .requirement(coverage.handoff().to().key())
                            .isEmpty()) {
                continue;
            }
            lines.add(new PlanView.HandoffLine(
                    coverage.handoff().from().name(),
                    coverage.handoff().to().name(),
                    outcome.after().teamName(coverage.handoff().fromTeam()),
                    outcome.after().teamName(coverage.handoff().toTeam()),
                    coverage.covered()));
        }
        return lines;
    }

    private static PlanView.Source source(Source source) {
        return source.given()
                ? new PlanView.Source(true, "", "")
                : new PlanView.Source(
                        false,
                        source.from().orElseThrow().toString(),
                        source.to().orElseThrow().toString());
    }
}
