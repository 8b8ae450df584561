package dev.baton.adapters.web.metric;

import java.util.List;

/** One category of the catalog page: its metrics, then the measures recorded for it. */
public record CategoryGroup(String category, List<MetricRow> metrics, List<MetricRow> measures) {

    public CategoryGroup {
        metrics = List.copyOf(metrics);
        measures = List.copyOf(measures);
    }
}
