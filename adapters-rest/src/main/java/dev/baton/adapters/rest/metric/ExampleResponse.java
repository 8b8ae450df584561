package dev.baton.adapters.rest.metric;

import dev.baton.application.metric.WorkedExample;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A worked example: post its inputs as {@code measures} to the evaluate endpoint and the result comes back. */
public record ExampleResponse(Map<String, BigDecimal> inputs, BigDecimal result) {

    static ExampleResponse of(WorkedExample example) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        example.inputs().forEach((key, value) -> inputs.put(key.value(), value));
        return new ExampleResponse(inputs, example.result());
    }
}
