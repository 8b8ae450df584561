package dev.baton.adapters.rest.metric;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.adapters.rest.shared.Languages;
import dev.baton.application.metric.MetricEvaluation;
import dev.baton.application.text.Phrasebook;
import dev.baton.domain.metric.evaluation.MetricValue;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;

/** A metric's value rounded for its unit, or {@code value: null} with the reason there is none. */
public record EvaluationResponse(
        String metric,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal value,
        String unit,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    static EvaluationResponse of(MetricEvaluation evaluation, HttpHeaders headers) {
        String key = evaluation.definition().key().value();
        String unit = evaluation.definition().unit().name();
        if (evaluation.value() instanceof MetricValue.Computed computed) {
            return new EvaluationResponse(key, computed.value(), unit, null);
        }
        MetricValue.Unavailable unavailable = (MetricValue.Unavailable) evaluation.value();
        return new EvaluationResponse(
                key,
                null,
                unit,
                Languages.pick(Phrasebook.both(unavailable.reason().phrase()), headers));
    }
}
