package dev.baton.adapters.web.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a KPI's actuals against its target bar as SVG geometry: one dot per period with an actual, joined by a line,
 * and a horizontal line at each bound of the threshold. The numbers are drawn to scale between zero (or the lowest
 * value) and the highest value or bound.
 */
public final class KpiChart {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 160;
    private static final int PAD = 12;

    private KpiChart() {}

    /**
     * The geometry the template draws: polyline points, dots, the y of each bound, and the pace marker of a running
     * period (where its actual should be by now), if one runs.
     */
    public record Drawing(
            String line, List<Dot> dots, Optional<Integer> lowerY, Optional<Integer> upperY, Optional<Dot> pace) {}

    public record Dot(int x, int y, String label) {}

    public static Drawing draw(
            List<Optional<BigDecimal>> actuals,
            List<String> labels,
            Optional<BigDecimal> lower,
            Optional<BigDecimal> upper) {
        return draw(actuals, labels, lower, upper, Optional.empty());
    }

    /**
     * As {@link #draw(List, List, Optional, Optional)}, and when the last period is running, its expected value to
     * date (the scorecard's pace) marked at that period's place, to the same scale.
     */
    public static Drawing draw(
            List<Optional<BigDecimal>> actuals,
            List<String> labels,
            Optional<BigDecimal> lower,
            Optional<BigDecimal> upper,
            Optional<BigDecimal> paceToDate) {
        List<BigDecimal> values = new ArrayList<>();
        paceToDate.ifPresent(values::add);
        actuals.forEach(a -> a.ifPresent(values::add));
        lower.ifPresent(values::add);
        upper.ifPresent(values::add);
        BigDecimal min = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal max = values.stream().reduce(BigDecimal.ONE, BigDecimal::max);
        double span = max.subtract(min).doubleValue();
        int n = actuals.size();
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (actuals.get(i).isEmpty()) {
                continue;
            }
            int x = x(i, n);
            int y = y(actuals.get(i).get(), min, span);
            dots.add(new Dot(x, y, labels.get(i)));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        Optional<Dot> pace = n == 0
                ? Optional.empty()
                : paceToDate.map(p -> new Dot(x(n - 1, n), y(p, min, span), labels.get(n - 1)));
        return new Drawing(
                line.toString(), dots, lower.map(l -> y(l, min, span)), upper.map(u -> y(u, min, span)), pace);
    }

    private static int x(int i, int n) {
        return n <= 1 ? WIDTH / 2 : PAD + (int) Math.round((WIDTH - 2.0 * PAD) * i / (n - 1));
    }

    private static int y(BigDecimal value, BigDecimal min, double span) {
        double share = span == 0 ? 0.5 : value.subtract(min).doubleValue() / span;
        return HEIGHT - PAD - (int) Math.round((HEIGHT - 2.0 * PAD) * share);
    }
}
