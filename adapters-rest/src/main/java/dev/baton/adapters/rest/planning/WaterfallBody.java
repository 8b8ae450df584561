package dev.baton.adapters.rest.planning;

import dev.baton.application.planning.WaterfallRequest;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A waterfall to plan or adopt. Rates are percent per boundary {@code from>to} up to the won stage; the average deal
 * value, the rates and the months of history are optional: what is left out comes from the funnel's last
 * {@code history} complete months (default 6).
 */
@Schema(name = "WaterfallRequest")
public record WaterfallBody(
        @Schema(description = "The funnel's id", examples = "7") Long funnel,
        @Schema(description = "The period to plan: a month, a quarter or a year", examples = "2027-Q1") String period,
        Goal goal,
        @Schema(description = "The stage whose entries are won deals", examples = "won") String wonStage,
        @Schema(description = "The average value of a won deal; from history when left out")
                BigDecimal averageDealValue,
        @Schema(description = "Conversion rates in percent (above 0, at most 100) by boundary, such as sql>won")
                Map<String, BigDecimal> rates,
        @Schema(description = "How many complete months of history to take defaults from (1 to 36; default 6)")
                Integer history) {

    /** The goal: new_revenue or deals, above 0. */
    public record Goal(
            @Schema(enumeration = {"new_revenue", "deals"}) String metric,
            @Schema(examples = "150000") BigDecimal value) {}

    WaterfallRequest toRequest() {
        return new WaterfallRequest(
                funnel,
                period,
                goal == null ? null : new WaterfallRequest.GoalInput(goal.metric(), goal.value()),
                wonStage,
                averageDealValue,
                rates,
                history);
    }
}
