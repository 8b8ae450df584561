package dev.baton.application.planning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A waterfall to plan, exactly as the client wrote it: the funnel's id, the period, the goal, the won stage, and
 * optionally the average deal value, a rate per boundary ({@code sql>won}, in percent) and the months of history to
 * take what is left out from (default {@value #DEFAULT_HISTORY}). The planner reads it and names every bad path.
 */
public record WaterfallRequest(
        Long funnel,
        String period,
        GoalInput goal,
        String wonStage,
        BigDecimal averageDealValue,
        Map<String, BigDecimal> rates,
        Integer history) {

    public static final int DEFAULT_HISTORY = 6;
    public static final int MAX_HISTORY = 36;

    /** The goal as sent: {@code new_revenue} or {@code deals}, and its value. */
    public record GoalInput(String metric, BigDecimal value) {}

    public WaterfallRequest {
        rates = rates == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rates));
    }
}
