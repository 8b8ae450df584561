package dev.baton.domain.metric.formula;

import java.util.Objects;

/**
 * Writes an expression back as formula text, {@code (sales_expense + marketing_expense) / new_customers}, with only
 * the parentheses the grammar needs. The text parses back to the same expression: a right operand of equal
 * precedence keeps its parentheses ({@code a - (b - c)}), because leaving them out would change the tree even where
 * it would not change the value.
 */
public final class FormulaPrinter {

    private static final int ATOM = 3;

    private FormulaPrinter() {}

    public static String print(Expression expression) {
        Objects.requireNonNull(expression, "expression");
        StringBuilder text = new StringBuilder();
        write(expression, text);
        return text.toString();
    }

    private static void write(Expression expression, StringBuilder text) {
        if (expression instanceof Expression.Constant constant) {
            text.append(constant.value().toPlainString());
        } else if (expression instanceof Expression.Reference reference) {
            text.append(reference.key().value());
        } else if (expression instanceof Expression.Binary binary) {
            int precedence = precedence(binary);
            writeOperand(binary.left(), precedence(binary.left()) < precedence, text);
            text.append(' ').append(binary.operator().symbol()).append(' ');
            writeOperand(binary.right(), precedence(binary.right()) <= precedence, text);
        }
    }

    private static void writeOperand(Expression operand, boolean parenthesised, StringBuilder text) {
        if (parenthesised) {
            text.append('(');
            write(operand, text);
            text.append(')');
        } else {
            write(operand, text);
        }
    }

    private static int precedence(Expression expression) {
        if (expression instanceof Expression.Binary binary) {
            return switch (binary.operator()) {
                case PLUS, MINUS -> 1;
                case TIMES, DIVIDE -> 2;
            };
        }
        return ATOM;
    }
}
