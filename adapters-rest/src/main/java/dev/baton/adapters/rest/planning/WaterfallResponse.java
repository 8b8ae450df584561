package dev.baton.adapters.rest.planning;

import dev.baton.adapters.rest.alignment.AlignmentResponse;
import dev.baton.application.alignment.AlignmentOutcome;
import dev.baton.application.planning.ProposedTargetLine;
import dev.baton.application.planning.WaterfallOutcome;
import dev.baton.domain.planning.DealValue;
import dev.baton.domain.planning.StageRequirement;
import dev.baton.domain.planning.Waterfall;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.util.List;

/**
 * A planned waterfall: the deals and each stage's required entries with the rate on and where it came from, the
 * proposed targets, and the alignment report of the period with them in place ({@code scoreBefore} is the stored
 * plan's score). Nothing was saved.
 */
public record WaterfallResponse(
        String period,
        long funnel,
        String funnelName,
        GoalResponse goal,
        long deals,
        BigDecimal averageDealValue,
        String averageDealValueSource,
        HistoryResponse history,
        String rounding,
        List<StageResponse> stages,
        List<ProposedTargetResponse> proposedTargets,
        int scoreBefore,
        AlignmentResponse report) {

    static final String ROUNDING =
            "deals = ceil(goal / averageDealValue); each earlier stage = ceil(next stage's requirement / rate)";

    public record GoalResponse(String metric, BigDecimal value) {}

    public record HistoryResponse(String from, String to, int months) {}

    /** A planned stage; {@code rateToNext} and {@code rateSource} are left out for the won stage. */
    public record StageResponse(
            String key,
            String name,
            long team,
            String teamName,
            long required,
            BigDecimal rateToNext,
            String rateSource) {}

    public record ThresholdResponse(String type, BigDecimal value) {}

    /** A proposed target; {@code replaces} is the id of the stored target it would change. */
    public record ProposedTargetResponse(
            long team,
            String teamName,
            String metric,
            Object scope,
            String period,
            ThresholdResponse threshold,
            String reason,
            String replaces) {

        static ProposedTargetResponse of(ProposedTargetLine line, AlignmentOutcome teams) {
            KpiTarget target = line.target();
            return new ProposedTargetResponse(
                    target.team().value(),
                    teams.teamName(target.team()),
                    target.metric().value(),
                    null,
                    target.period().format(),
                    new ThresholdResponse("AT_LEAST", target.threshold().lower().orElseThrow()),
                    line.reason().name(),
                    line.replaces().map(t -> t.id().toString()).orElse(null));
        }
    }

    static WaterfallResponse of(WaterfallOutcome outcome) {
        Waterfall waterfall = outcome.waterfall();
        AlignmentOutcome after = outcome.after();
        List<StageResponse> stages =
                waterfall.stages().stream().map(s -> stage(s, after)).toList();
        return new WaterfallResponse(
                outcome.period().format(),
                outcome.funnel().id(),
                outcome.funnel().funnel().name(),
                new GoalResponse(
                        waterfall.goal().metric().value(), waterfall.goal().value()),
                waterfall.deals(),
                waterfall.averageDealValue().map(DealValue::amount).orElse(null),
                waterfall.averageDealValue().map(v -> v.source().text()).orElse(null),
                new HistoryResponse(
                        outcome.history().first().toString(),
                        outcome.history().last().toString(),
                        (int) outcome.history()
                                        .first()
                                        .until(outcome.history().last(), java.time.temporal.ChronoUnit.MONTHS)
                                + 1),
                ROUNDING,
                stages,
                outcome.proposedTargets().stream()
                        .map(line -> ProposedTargetResponse.of(line, after))
                        .toList(),
                outcome.before().report().score(),
                AlignmentResponse.of(after));
    }

    private static StageResponse stage(StageRequirement requirement, AlignmentOutcome teams) {
        return new StageResponse(
                requirement.stage().key(),
                requirement.stage().name(),
                requirement.stage().owner().value(),
                teams.teamName(requirement.stage().owner()),
                requirement.required(),
                requirement.rateToNext().map(r -> r.percent()).orElse(null),
                requirement.rateToNext().map(r -> r.source().text()).orElse(null));
    }
}
