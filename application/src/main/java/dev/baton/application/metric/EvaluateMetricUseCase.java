package dev.baton.application.metric;

public interface EvaluateMetricUseCase {

    /**
     * @throws dev.baton.application.shared.NotFoundException when the catalog has no such metric
     * @throws dev.baton.application.shared.InvalidInputException for negative or unknown measures, a missing scope,
     *     and for missing inputs, one error per missing measure
     */
    MetricEvaluation evaluate(EvaluateMetricCommand command);
}
