package dev.baton.domain.alignment;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.team.DepartmentKind;
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

    private final Map<DepartmentKind, Map<DepartmentKind, List<MetricKey>>> table = new EnumMap<>(DepartmentKind.class);
    private final List<MetricKey> generic;

    private BoundarySuggestions(List<String> generic) {
        this.generic = keys(generic);
    }

    /** The boundaries Baton knows: Marketing → Sales, Sales → Customer Success, product-led handoffs and more. */
    public static BoundarySuggestions defaults() {
        return new BoundarySuggestions(GENERIC)
                .put(
                        DepartmentKind.MARKETING,
                        DepartmentKind.SALES,
                        "new_revenue",
                        "stage_conversion_rate",
                        "pipeline_velocity",
                        "cac",
                        "cpl",
                        "lead_count",
                        "win_rate_actual")
                .put(
                        DepartmentKind.SALES,
                        DepartmentKind.CUSTOMER_SUCCESS,
                        "net_revenue_retention",
                        "customer_churn_rate",
                        "stage_conversion_rate",
                        "ltv",
                        "acv",
                        "nps")
                .put(
                        DepartmentKind.MARKETING,
                        DepartmentKind.PRODUCT,
                        "paid_conversion_rate",
                        "stage_conversion_rate",
                        "cac",
                        "cpa",
                        "returning_visitor_rate")
                .put(
                        DepartmentKind.PRODUCT,
                        DepartmentKind.SALES,
                        "paid_conversion_rate",
                        "stage_conversion_rate",
                        "new_revenue",
                        "pipeline_velocity",
                        "win_rate_actual")
                .put(
                        DepartmentKind.PRODUCT,
                        DepartmentKind.CUSTOMER_SUCCESS,
                        "task_completion_rate",
                        "nps",
                        "customer_churn_rate",
                        "net_revenue_retention")
                .put(
                        DepartmentKind.CUSTOMER_SUCCESS,
                        DepartmentKind.SALES,
                        "net_revenue_retention",
                        "arr",
                        "gross_revenue_retention",
                        "stage_conversion_rate")
                .put(
                        DepartmentKind.MARKETING,
                        DepartmentKind.CUSTOMER_SUCCESS,
                        "ltv",
                        "ltv_to_cac",
                        "customer_churn_rate",
                        "nps");
    }

    private BoundarySuggestions put(DepartmentKind from, DepartmentKind to, String... metrics) {
        table.computeIfAbsent(from, k -> new EnumMap<>(DepartmentKind.class)).put(to, keys(List.of(metrics)));
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
    public List<MetricKey> forBoundary(DepartmentKind from, DepartmentKind to) {
        Map<DepartmentKind, List<MetricKey>> row = table.get(from);
        if (row != null && row.containsKey(to)) {
            return row.get(to);
        }
        return generic;
    }
}
