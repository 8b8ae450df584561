package dev.baton.adapters.web.metric;

/**
 * One input of the calculator, in the reader's language. Its form name is the field the application names in its
 * errors wherever it can be ({@code measures.revenue}), so an error lands next to its input; {@code value} is exactly
 * what was typed.
 *
 * @param code the key the input stands for, shown next to the label
 * @param numeric whether the input takes a number (a stage takes a key)
 */
public record CalculatorField(String name, String id, String label, String code, String value, boolean numeric) {}
