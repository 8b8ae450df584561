package dev.baton.adapters.web.metric;

/** What the calculator came to: a formatted value in a unit, or the reason there is none. */
public record CalculatorResult(boolean known, String value, String unit, String reason) {

    static CalculatorResult value(String value, String unit) {
        return new CalculatorResult(true, value, unit, "");
    }

    static CalculatorResult none(String unit, String reason) {
        return new CalculatorResult(false, "", unit, reason);
    }
}
