package dev.baton.domain.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way Baton writes a number for a person to read, on the pages and in the API's text: thousands grouped with
 * a comma, a point before decimals, a minus sign in front. English and Chinese (zh-CN) write numbers alike, so the
 * text is the same in both languages. A computed value is rounded for display only, half-even, to two decimals; a bound
 * a person typed, or a result shown at its own scale, keeps every decimal it carries, so "≥ 2.995" never reads as
 * "≥ 3". A percentage carries " %".
 * Form fields and machine-readable files keep plain numbers ({@link BigDecimal#toPlainString()}): they are read back.
 */
public final class DisplayNumbers {

    private static final int DISPLAY_DECIMALS = 2;

    /** The pattern every number is written with, copied for each use: never used to format itself. */
    private static final DecimalFormat GROUPED = grouped();

    private DisplayNumbers() {}

    /** A computed value (an actual, a trend point), rounded to two decimals for display: "157,500", "12.35". */
    public static String number(BigDecimal value) {
        return grouped(value, DISPLAY_DECIMALS);
    }

    /** As {@link #number(BigDecimal)}, with the unit's sign: "12.5 %". */
    public static String number(BigDecimal value, Unit unit) {
        return number(value) + suffix(unit);
    }

    /** A number as given, with every decimal it carries: "150,000", "0.125", "5,000.00". */
    public static String exact(BigDecimal value) {
        int decimals = Math.max(0, value.scale());
        DecimalFormat format = format(decimals);
        format.setMinimumFractionDigits(decimals);
        return format.format(value);
    }

    /** As {@link #exact(BigDecimal)}, with the unit's sign. */
    public static String exact(BigDecimal value, Unit unit) {
        return exact(value) + suffix(unit);
    }

    /** What follows a number of this unit: " %" for percentages, nothing otherwise. */
    public static String suffix(Unit unit) {
        return unit == Unit.PERCENT ? " %" : "";
    }

    private static String grouped(BigDecimal value, int maxDecimals) {
        String text = format(maxDecimals).format(value);
        return text.equals("-0") ? "0" : text;
    }

    private static DecimalFormat format(int maxDecimals) {
        // A copy of one pattern and one set of symbols: looking the symbols up and parsing the pattern for every number
        // was a tenth of a large company's scorecard. The original is never used to format, so copies may be taken at
        // once.
        DecimalFormat format = (DecimalFormat) GROUPED.clone();
        format.setMaximumFractionDigits(maxDecimals);
        return format;
    }

    private static DecimalFormat grouped() {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
