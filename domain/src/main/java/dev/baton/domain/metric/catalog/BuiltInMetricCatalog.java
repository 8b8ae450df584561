package dev.baton.domain.metric.catalog;

import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics and measures every organisation starts with. Conventions shared by all entries:
 *
 * <ul>
 *   <li>PERCENT values, inputs and results alike, are percent points: a win rate of 5 means 5 %. A formula that needs
 *       the fraction divides by 100 where it reads the percentage.
 *   <li>Gross margin is a PERCENT measure too (40 means 40 %).
 *   <li>Rates computed from counts (churn, conversion, completion, retention) are per period: a monthly churn rate is
 *       the customer churn rate of a month.
 *   <li>Every measure is a non-negative number. A metric is declared never negative only where its formula cannot
 *       go below zero (no subtraction): revenue growth, LTV (profit form), ARR from movements, NRR, GRR and NPS may
 *       be negative.
 *   <li>Every measure says how it rolls up from months into quarters and years ({@link dev.baton.domain.metric.RollUp}):
 *       flows sum; opening stocks take the first part (customers_at_start, start_mrr, and
 *       annual_subscription_revenue, the base that arr adds the period's expansion and churn to); closing stocks take
 *       the last (paying_customers); attributes and averages take the plain mean (arpu, win_rate, gross_margin, the
 *       contract terms, and the per-customer amounts customer_revenue, acquisition_cost and retention_cost, which
 *       describe one customer however long the period); previous_revenue and purchasing_customers do not roll up.
 *   <li>Every measure also says how funnels combine into the organisation's value
 *       ({@link dev.baton.domain.metric.AcrossFunnels}): flows and stocks add up; averages and per-unit amounts take
 *       the mean weighted by what they average over (arpu and lifespan_years, customer_revenue and retention_cost by
 *       paying_customers; average_deal_value by deals; average_deal_size and sales_cycle_days by won_deals; win_rate
 *       by sqls; gross_margin by revenue; purchases_per_year by purchasing_customers; acquisition_cost by
 *       new_customers), and the contract terms the plain mean, since no count of contracts is recorded.
 * </ul>
 *
 * Stage entries ({@code entered:<stage_key>}) are measures for any stage of any funnel, so {@link #find} answers for
 * every such key although {@link #all} cannot list them.
 *
 * <p>The entries themselves are data, in two parts along the catalog's seam: {@link BuiltInMeasures}, what is
 * recorded, and {@link BuiltInMetrics}, what is computed from it. This class joins them into one catalog.
 */
public final class BuiltInMetricCatalog implements MetricCatalog {

    private static final BuiltInMetricCatalog INSTANCE = new BuiltInMetricCatalog();

    private final Map<MetricKey, MetricDefinition> definitions;

    private BuiltInMetricCatalog() {
        Map<MetricKey, MetricDefinition> byKey = new LinkedHashMap<>();
        for (List<MetricDefinition> part : List.of(BuiltInMeasures.all(), BuiltInMetrics.all())) {
            for (MetricDefinition definition : part) {
                if (byKey.put(definition.key(), definition) != null) {
                    throw new IllegalStateException("the built-in catalog defines " + definition.key() + " twice");
                }
            }
        }
        this.definitions = Collections.unmodifiableMap(byKey);
    }

    public static BuiltInMetricCatalog instance() {
        return INSTANCE;
    }

    @Override
    public Optional<MetricDefinition> find(MetricKey key) {
        if (key == null) {
            return Optional.empty();
        }
        MetricDefinition known = definitions.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return isStageEntries(key) ? Optional.of(BuiltInMeasures.stageEntries(key)) : Optional.empty();
    }

    /** Every fixed entry, measures first, in catalog order. Stage entries are not listed: there is one per stage. */
    @Override
    public Collection<MetricDefinition> all() {
        return List.copyOf(definitions.values());
    }

    /** Whether a key names the entries into a stage ({@code entered:<stage_key>}), a measure of any stage. */
    public static boolean isStageEntries(MetricKey key) {
        return BuiltInMeasures.isStageEntries(key);
    }
}
