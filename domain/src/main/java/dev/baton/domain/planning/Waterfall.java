package dev.baton.domain.planning;

import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reverse waterfall: from a goal back up a funnel to the entries each stage must bring in. The won deals are
 * ⌈goal ÷ average deal value⌉ (or the goal itself when it counts deals, rounded up); each earlier stage requires
 * ⌈next stage's requirement ÷ rate⌉, rounded at every stage, so that no stage falls short of the one after it. Stages
 * after the won stage are retention and lie outside the plan.
 *
 * <p>Its proposed targets give every team an AT_LEAST target on the entries into each stage it owns; at each handoff
 * the upstream team holds the same entries target for the downstream team's first stage, so every handoff is covered
 * by construction; the won stage's team and the team before it hold the goal itself.
 */
public record Waterfall(
        Funnel funnel,
        String wonStage,
        Goal goal,
        Optional<DealValue> averageDealValue,
        long deals,
        List<StageRequirement> stages) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Waterfall {
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(wonStage, "wonStage");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(averageDealValue, "averageDealValue");
        stages = List.copyOf(stages);
    }

    /**
     * Works the goal back up the funnel.
     *
     * @param averageDealValue needed when the goal is new revenue
     * @param rates one per boundary up to the won stage ({@link #boundaries})
     * @throws IllegalArgumentException when the won stage is not in the funnel, a rate or the deal value is missing
     */
    public static Waterfall plan(
            Funnel funnel,
            String wonStage,
            Goal goal,
            Optional<DealValue> averageDealValue,
            Map<Boundary, Rate> rates) {
        Objects.requireNonNull(rates, "rates");
        List<Boundary> boundaries = boundaries(funnel, wonStage);
        long deals =
                switch (goal.kind()) {
                    case DEALS -> goal.value().setScale(0, RoundingMode.CEILING).longValueExact();
                    case NEW_REVENUE ->
                        goal.value()
                                .divide(
                                        averageDealValue
                                                .orElseThrow(() -> new IllegalArgumentException(
                                                        "a revenue goal needs an average deal value"))
                                                .amount(),
                                        0,
                                        RoundingMode.CEILING)
                                .longValueExact();
                };
        int won = boundaries.size();
        List<StageRequirement> requirements = new ArrayList<>();
        requirements.add(new StageRequirement(funnel.stages().get(won), deals, Optional.empty()));
        long next = deals;
        for (int i = won - 1; i >= 0; i--) {
            Boundary boundary = boundaries.get(i);
            Rate rate = rates.get(boundary);
            if (rate == null) {
                throw new IllegalArgumentException("the boundary " + boundary + " has no rate");
            }
            next = required(next, rate);
            requirements.add(0, new StageRequirement(funnel.stages().get(i), next, Optional.of(rate)));
        }
        return new Waterfall(funnel, wonStage, goal, averageDealValue, deals, requirements);
    }

    /** ⌈next ÷ rate⌉: the entries a stage needs so that {@code next} pass on at the rate. */
    static long required(long next, Rate rate) {
        return BigDecimal.valueOf(next)
                .multiply(HUNDRED)
                .divide(rate.percent(), 0, RoundingMode.CEILING)
                .longValueExact();
    }

    /**
     * The boundaries from the funnel's first stage to the won stage, in funnel order.
     *
     * @throws IllegalArgumentException when the funnel has no such stage, or it is the first stage
     */
    public static List<Boundary> boundaries(Funnel funnel, String wonStage) {
        int won = wonIndex(funnel, wonStage);
        List<Boundary> boundaries = new ArrayList<>();
        for (int i = 1; i <= won; i++) {
            boundaries.add(new Boundary(
                    funnel.stages().get(i - 1).key(), funnel.stages().get(i).key()));
        }
        return List.copyOf(boundaries);
    }

    /** Whether the stage can be the won stage of the funnel: it is in it and is not its first stage. */
    public static boolean canBeWon(Funnel funnel, String wonStage) {
        for (int i = 1; i < funnel.stages().size(); i++) {
            if (funnel.stages().get(i).key().equals(wonStage)) {
                return true;
            }
        }
        return false;
    }

    private static int wonIndex(Funnel funnel, String wonStage) {
        for (int i = 1; i < funnel.stages().size(); i++) {
            if (funnel.stages().get(i).key().equals(wonStage)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "'" + wonStage + "' is no stage after the first of funnel '" + funnel.name() + "'");
    }

    /** The requirement of a stage of the plan. */
    public Optional<StageRequirement> requirement(String stage) {
        return stages.stream().filter(s -> s.stage().key().equals(stage)).findFirst();
    }

    /**
     * The targets every team of the planned stages should hold, in funnel order, one per team and metric: the
     * entries of its own stages, the entries of the first stage of the team it hands off to, and the goal for the won
     * stage's team and the team before it.
     */
    public List<ProposedTarget> proposedTargets() {
        Map<String, ProposedTarget> proposed = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            StageRequirement requirement = stages.get(i);
            Stage stage = requirement.stage();
            MetricKey entries = MetricKey.stageEntries(stage.key());
            Threshold atLeast = Threshold.atLeast(BigDecimal.valueOf(requirement.required()));
            if (i > 0) {
                Stage previous = stages.get(i - 1).stage();
                if (!previous.owner().equals(stage.owner())) {
                    put(
                            proposed,
                            new ProposedTarget(previous.owner(), entries, atLeast, ProposedTarget.Reason.HANDS_OFF));
                }
            }
            put(proposed, new ProposedTarget(stage.owner(), entries, atLeast, ProposedTarget.Reason.OWNS_STAGE));
        }
        Threshold theGoal = Threshold.atLeast(goal.value());
        TeamId wonTeam = stages.get(stages.size() - 1).stage().owner();
        Optional<TeamId> before = teamBefore(wonTeam);
        before.ifPresent(
                team -> put(proposed, new ProposedTarget(team, goal.metric(), theGoal, ProposedTarget.Reason.GOAL)));
        put(proposed, new ProposedTarget(wonTeam, goal.metric(), theGoal, ProposedTarget.Reason.GOAL));
        return List.copyOf(proposed.values());
    }

    /** The owner of the last planned stage before the won stage's team takes over, if another team owns one. */
    private Optional<TeamId> teamBefore(TeamId wonTeam) {
        for (int i = stages.size() - 2; i >= 0; i--) {
            TeamId owner = stages.get(i).stage().owner();
            if (!owner.equals(wonTeam)) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    private static void put(Map<String, ProposedTarget> proposed, ProposedTarget target) {
        proposed.putIfAbsent(target.team() + "|" + target.metric(), target);
    }
}
