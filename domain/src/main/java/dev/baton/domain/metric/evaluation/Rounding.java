package dev.baton.domain.metric.evaluation;

import dev.baton.domain.metric.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one place that says how a metric's final value is rounded. Intermediate results are never rounded: they are
 * carried with {@link #INTERMEDIATE} precision (34 significant digits, IEEE 754 decimal128), so chained formulas such
 * as LTV / CAC do not accumulate rounding errors. Only the value handed out is rounded, HALF_EVEN (banker's rounding,
 * which does not bias sums of many rounded values upwards), to a number of decimals fixed per unit:
 *
 * <table>
 *   <caption>Decimals per unit</caption>
 *   <tr><th>unit</th><th>decimals</th><th>why</th></tr>
 *   <tr><td>CURRENCY</td><td>2</td><td>the minor unit of CNY, USD, EUR; {@code Money.rounded()} follows the currency
 *       itself when an amount is shown as money</td></tr>
 *   <tr><td>PERCENT</td><td>2</td><td>percent points: 12.35 means 12.35 %</td></tr>
 *   <tr><td>RATIO</td><td>2</td><td>LTV / CAC 3.25, purchase frequency 6.00</td></tr>
 *   <tr><td>COUNT</td><td>0</td><td>counts are whole things; a fractional count should be a RATIO</td></tr>
 *   <tr><td>DAYS, MONTHS, YEARS</td><td>2</td><td>a payback of 7.25 months or a lifespan of 0.80 years</td></tr>
 *   <tr><td>SCORE</td><td>1</td><td>NPS is reported as 42.5, never to the hundredth</td></tr>
 * </table>
 */
public final class Rounding {

    /** The precision of every intermediate result. */
    public static final MathContext INTERMEDIATE = MathContext.DECIMAL128;

    /** How ties are broken when the final value is rounded. */
    public static final RoundingMode MODE = RoundingMode.HALF_EVEN;

    /**
     * The most digits a final value may have before the decimal point: the full intermediate precision. Anything
     * larger is reported as out of range rather than rounded into a number nobody could have meant.
     */
    public static final int MAX_INTEGER_DIGITS = INTERMEDIATE.getPrecision();

    private static final Map<Unit, Integer> DECIMALS = decimals();

    private Rounding() {}

    public static int decimalsFor(Unit unit) {
        return DECIMALS.get(Objects.requireNonNull(unit, "unit"));
    }

    public static BigDecimal round(BigDecimal value, Unit unit) {
        Objects.requireNonNull(value, "value");
        return value.setScale(decimalsFor(unit), MODE);
    }

    /** Whether a value is small enough in magnitude to be rounded and shown; see {@link #MAX_INTEGER_DIGITS}. */
    public static boolean isRepresentable(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    }

    private static Map<Unit, Integer> decimals() {
        Map<Unit, Integer> decimals = new EnumMap<>(Unit.class);
        decimals.put(Unit.CURRENCY, 2);
        decimals.put(Unit.PERCENT, 2);
        decimals.put(Unit.RATIO, 2);
        decimals.put(Unit.COUNT, 0);
        decimals.put(Unit.DAYS, 2);
        decimals.put(Unit.MONTHS, 2);
        decimals.put(Unit.YEARS, 2);
        decimals.put(Unit.SCORE, 1);
        for (Unit unit : Unit.values()) {
            if (!decimals.containsKey(unit)) {
                throw new IllegalStateException("no rounding rule for unit " + unit);
            }
        }
        return decimals;
    }
}
