package dev.baton.application.target;

/** One click on a suggested shared metric: the team takes the neighbour's bar, held by the team's owner. */
public interface AdoptSharedMetricUseCase {

    TargetDetails adopt(AdoptSharedMetricCommand command);
}
