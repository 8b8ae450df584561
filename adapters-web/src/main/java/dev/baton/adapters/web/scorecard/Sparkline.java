package dev.baton.adapters.web.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's trend as the points of a small SVG polyline, {@value #WIDTH}×{@value #HEIGHT}: the oldest period on the left,
 * the highest value at the top, a flat trend across the middle. A period without a value is left out.
 */
final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;

    private Sparkline() {}

    /** Whether the trend has enough values to draw: two or more. */
    static boolean drawable(List<Optional<BigDecimal>> trend) {
        return trend.stream().filter(Optional::isPresent).count() >= 2;
    }

    /** The polyline's points ("2.0,25.0 118.0,3.0"), or empty when there is not enough to draw. */
    static String points(List<Optional<BigDecimal>> trend) {
        if (!drawable(trend)) {
            return "";
        }
        BigDecimal min = null;
        BigDecimal max = null;
        for (Optional<BigDecimal> value : trend) {
            if (value.isPresent()) {
                min = min == null || value.get().compareTo(min) < 0 ? value.get() : min;
                max = max == null || value.get().compareTo(max) > 0 ? value.get() : max;
            }
        }
        StringBuilder points = new StringBuilder();
        int steps = Math.max(1, trend.size() - 1);
        for (int i = 0; i < trend.size(); i++) {
            if (trend.get(i).isEmpty()) {
                continue;
            }
            double x = 2 + (double) (WIDTH - 4) * i / steps;
            double share = Objects.requireNonNull(max).compareTo(min) == 0
                    ? 0.5
                    : trend.get(i).get().subtract(min).doubleValue()
                            / max.subtract(min).doubleValue();
            double y = HEIGHT - 3 - share * (HEIGHT - 6);
            if (!points.isEmpty()) {
                points.append(' ');
            }
            // SVG coordinates, not a number for a person to read: a point before one decimal, always.
            points.append(oneDecimal(x)).append(',').append(oneDecimal(y));
        }
        return points.toString();
    }

    /**
     * As {@code String.format(Locale.ROOT, "%.1f", value)} (the shortest decimal of the double, rounded half up), without
     * a formatter per point: those were a tenth of a large company's scorecard.
     */
    static String oneDecimal(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
