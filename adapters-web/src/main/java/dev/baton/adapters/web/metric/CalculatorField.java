package dev.baton.adapters.web.metric;

/**
 * One number input of the calculator. Its form name is the field the application names in its errors ({@code
 * measures.revenue}), so an error lands next to its input; {@code value} is exactly what was typed.
 */
public record CalculatorField(String key, String label, String value) {

    public String name() {
        return "measures." + key;
    }

    public String id() {
        return "input-" + key;
    }
}
