package dev.baton.application.metric;

import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.metric.MetricKey;

/** Keys as they arrive in an address: one that cannot be a key names no metric. */
public final class MetricKeys {

    private MetricKeys() {}

    public static MetricKey fromPath(String raw) {
        if (!MetricKey.isValid(raw)) {
            throw new NotFoundException("metric", raw);
        }
        return MetricKey.of(raw);
    }
}
