package dev.baton.adapters.rest.metric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The inputs to compute a metric from: measures (or directly known metric values) by key, and for a stage-scoped
 * metric the pair of stages.
 */
public record EvaluateRequest(
        @JsonDeserialize(contentUsing = MeasureValueDeserializer.class) Map<String, Object> measures,
        ScopeRequest scope) {

    @Schema(name = "EvaluationScope")
    public record ScopeRequest(String from, String to) {}
}
