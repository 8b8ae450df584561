package dev.baton.adapters.rest.metric;

import java.util.List;

public record MetricListResponse(List<MetricResponse> items, int total) {

    static MetricListResponse of(List<MetricResponse> items) {
        return new MetricListResponse(items, items.size());
    }
}
