package dev.baton.application.planning;

/**
 * Plans a reverse waterfall for a funnel and period and checks its proposed targets against the period's stored ones.
 * Any signed-in reader may ask; nothing is saved.
 */
public interface PlanWaterfallUseCase {

    /**
     * @throws dev.baton.application.shared.InvalidInputException naming each bad path ({@code rates.sql>won},
     *     {@code goal.value}, {@code funnel}, {@code wonStage})
     */
    WaterfallOutcome plan(WaterfallRequest request);
}
