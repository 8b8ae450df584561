package dev.baton.application.metric;

import java.util.List;

public interface ListMetricsUseCase {

    /** Every catalog entry, built-in first in catalog order, then the organisation's own. */
    List<MetricDetails> list(ListMetricsQuery query);
}
