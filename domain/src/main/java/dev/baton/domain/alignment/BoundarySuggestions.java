package dev.baton.domain.alignment;

import dev.baton.domain.alignment.PlanTeam.Kind;
import dev.baton.domain.metric.MetricKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics worth sharing across a stage boundary, by the kinds of the two teams: data, not code. A boundary between
 * kinds the table does not list gets the generic list. {@code stage_conversion_rate} means the conversion across that
 * very boundary.
 */
public final class BoundarySuggestions {

    private static final List<String> GENERIC =
            List.of("stage_conversion_rate", "new_revenue", "funnel_conversion_rate", "pipeline_velocity", "cac");

    private final Map<Kind, Map<Kind, List<MetricKey>>> table = new EnumMap<>(Kind.class);
    private final List<MetricKey> generic;

    private BoundarySuggestions(List<String> generic) {
        this.generic = keys(generic);
    }

    /** The boundaries Baton knows: Marketing → Sales, Sales → Customer Success, product-led handoffs and more. */
    public static BoundarySuggestions defaults() {
        return new BoundarySuggestions(GENERIC)
                .put(
                        Kind.MARKETING,
                        Kind.SALES,
                        "new_revenue",
                        "stage_conversion_rate",
                        "pipeline_velocity",
                        "cac",
                        "cpl",
                        "lead_count",
                        "win_rate_actual")
                .put(
                        Kind.SALES,
                        Kind.CUSTOMER_SUCCESS,
                        "net_revenue_retention",
                        "customer_churn_rate",
                        "stage_conversion_rate",
                        "ltv",
                        "acv",
                        "nps")
                .put(
                        Kind.MARKETING,
                        Kind.PRODUCT,
                        "paid_conversion_rate",
                        "stage_conversion_rate",
                        "cac",
                        "cpa",
                        "returning_visitor_rate")
                .put(
                        Kind.PRODUCT,
                        Kind.SALES,
                        "paid_conversion_rate",
                        "stage_conversion_rate",
                        "new_revenue",
                        "pipeline_velocity",
                        "win_rate_actual")
                .put(
                        Kind.PRODUCT,
                        Kind.CUSTOMER_SUCCESS,
                        "task_completion_rate",
                        "nps",
                        "customer_churn_rate",
                        "net_revenue_retention")
                .put(
                        Kind.CUSTOMER_SUCCESS,
                        Kind.SALES,
                        "net_revenue_retention",
                        "arr",
                        "gross_revenue_retention",
                        "stage_conversion_rate")
                .put(Kind.MARKETING, Kind.CUSTOMER_SUCCESS, "ltv", "ltv_to_cac", "customer_churn_rate", "nps");
    }

    private BoundarySuggestions put(Kind from, Kind to, String... metrics) {
        table.computeIfAbsent(from, k -> new EnumMap<>(Kind.class)).put(to, keys(List.of(metrics)));
        return this;
    }

    private static List<MetricKey> keys(List<String> metrics) {
        List<MetricKey> keys = new ArrayList<>();
        for (String m : metrics) {
            keys.add(MetricKey.of(m));
        }
        return List.copyOf(keys);
    }

    /** The metrics for a boundary from a team of one kind to a team of another, most relevant first. */
    public List<MetricKey> forBoundary(Kind from, Kind to) {
        Map<Kind, List<MetricKey>> row = table.get(from);
        if (row != null && row.containsKey(to)) {
            return row.get(to);
        }
        return generic;
    }
}
