package dev.baton.domain.planning;

import dev.baton.domain.metric.MetricKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recorded months a waterfall takes its defaults from: each month's measures of one funnel. A rate is a ratio of
 * sums, Σ entries into the next stage ÷ Σ entries into this stage over the months that record both, never a mean of
 * monthly rates; the average deal value is Σ new revenue ÷ Σ deals, a month's new revenue being its deals × its
 * average deal value. Each number names the months it came from.
 */
public final class FunnelHistory {

    /** Rates keep two decimals of a percent point; deal values two decimals of the currency. */
    public static final int SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MetricKey DEALS = MetricKey.of("deals");
    private static final MetricKey AVERAGE_DEAL_VALUE = MetricKey.of("average_deal_value");
    private static final MetricKey NEW_REVENUE = MetricKey.of("new_revenue");

    private final YearMonth first;
    private final YearMonth last;
    private final TreeMap<YearMonth, Map<MetricKey, BigDecimal>> months;

    private FunnelHistory(YearMonth first, YearMonth last, Map<YearMonth, Map<MetricKey, BigDecimal>> months) {
        this.first = first;
        this.last = last;
        this.months = new TreeMap<>();
        months.forEach((month, values) -> {
            if (!month.isBefore(first) && !month.isAfter(last)) {
                this.months.put(month, Map.copyOf(values));
            }
        });
    }

    /**
     * The last {@code count} complete months before {@code today}'s month, with what was recorded in them (months
     * outside that window are left out).
     */
    public static FunnelHistory lastCompleteMonths(
            YearMonth today, int count, Map<YearMonth, Map<MetricKey, BigDecimal>> recorded) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(recorded, "recorded");
        if (count < 1) {
            throw new IllegalArgumentException("a history spans at least one month, got " + count);
        }
        return new FunnelHistory(today.minusMonths(count), today.minusMonths(1), recorded);
    }

    /** The months of the window, oldest first: the ones to read. */
    public static List<YearMonth> window(YearMonth today, int count) {
        List<YearMonth> window = new ArrayList<>();
        for (int back = count; back >= 1; back--) {
            window.add(today.minusMonths(back));
        }
        return window;
    }

    public YearMonth first() {
        return first;
    }

    public YearMonth last() {
        return last;
    }

    /**
     * The conversion across the boundary, Σ entries into {@code to} ÷ Σ entries into {@code from} × 100 over the
     * months that record both; empty when no month does, or the ratio is no rate (0, or above 100).
     */
    public Optional<Rate> rate(Boundary boundary) {
        MetricKey from = MetricKey.stageEntries(boundary.from());
        MetricKey to = MetricKey.stageEntries(boundary.to());
        BigDecimal entered = BigDecimal.ZERO;
        BigDecimal passed = BigDecimal.ZERO;
        List<YearMonth> used = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<MetricKey, BigDecimal>> month : months.entrySet()) {
            BigDecimal here = month.getValue().get(from);
            BigDecimal next = month.getValue().get(to);
            if (here != null && next != null) {
                entered = entered.add(here);
                passed = passed.add(next);
                used.add(month.getKey());
            }
        }
        if (entered.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = passed.multiply(HUNDRED).divide(entered, SCALE, RoundingMode.HALF_UP);
        if (!Rate.isValid(percent)) {
            return Optional.empty();
        }
        return Optional.of(new Rate(percent, sourceOf(used)));
    }

    /** Σ new revenue ÷ Σ deals over the months that record both; empty when no deal was recorded. */
    public Optional<DealValue> averageDealValue() {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal deals = BigDecimal.ZERO;
        List<YearMonth> used = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<MetricKey, BigDecimal>> month : months.entrySet()) {
            Map<MetricKey, BigDecimal> values = month.getValue();
            BigDecimal count = values.get(DEALS);
            BigDecimal newRevenue = values.containsKey(NEW_REVENUE)
                    ? values.get(NEW_REVENUE)
                    : count == null || values.get(AVERAGE_DEAL_VALUE) == null
                            ? null
                            : count.multiply(values.get(AVERAGE_DEAL_VALUE));
            if (count != null && newRevenue != null) {
                revenue = revenue.add(newRevenue);
                deals = deals.add(count);
                used.add(month.getKey());
            }
        }
        if (deals.signum() == 0 || revenue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new DealValue(revenue.divide(deals, SCALE, RoundingMode.HALF_UP), sourceOf(used)));
    }

    private static Source sourceOf(List<YearMonth> used) {
        return Source.history(used.get(0), used.get(used.size() - 1));
    }
}
