package dev.baton.application.metric;

import dev.baton.domain.metric.MetricKey;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Inputs for a metric and the result they must give, in the order a reader would type them. */
public record WorkedExample(Map<MetricKey, BigDecimal> inputs, BigDecimal result) {

    public WorkedExample {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(result, "result");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
