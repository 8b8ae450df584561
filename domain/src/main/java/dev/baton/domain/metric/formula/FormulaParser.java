package dev.baton.domain.metric.formula;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.formula.FormulaSyntaxException.Expected;
import dev.baton.domain.metric.formula.FormulaSyntaxException.Found;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads the formula language of user-defined metrics into an {@link Expression}; the text is only ever parsed, never
 * run as code. Grammar, by hand as recursive descent (one method per rule):
 *
 * <pre>
 * formula    = expression END
 * expression = term { ("+" | "-") term }          left-associative
 * term       = unary { ("*" | "/") unary }         left-associative
 * unary      = "-" unary | primary
 * primary    = number | key | "(" expression ")"
 * number     = digit { digit } [ "." digit { digit } ]
 * key        = name [ ":" stage ]                  revenue, entered:mql
 * </pre>
 *
 * The typographic signs × ÷ − are accepted for * / -. A hyphen straight after a stage key belongs to the key
 * ({@code entered:follow-up}), so a subtraction after a stage key needs a space before the minus. Unary minus on a
 * number gives a negative constant; on anything else it multiplies by -1, since the expression tree has no negation
 * of its own. A formula is at most {@value #MAX_LENGTH} characters with at most {@value #MAX_NESTING} nested
 * parentheses or signs, so that no input can exhaust the parser's stack.
 */
public final class FormulaParser {

    /** Keeps a pasted novel or a wall of parentheses from turning the parser into a denial of service. */
    static final int MAX_LENGTH = 2000;

    static final int MAX_NESTING = 64;

    private final String text;
    private int index;
    private int nesting;

    private FormulaParser(String text) {
        this.text = text;
    }

    public static Expression parse(String text) throws FormulaSyntaxException {
        Objects.requireNonNull(text, "formula text");
        if (text.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(MAX_LENGTH + 1, Expected.SHORTER_FORMULA, Found.MORE_TEXT, "");
        }
        FormulaParser parser = new FormulaParser(text);
        Expression expression = parser.expression();
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error(Expected.OPERATOR_OR_END);
        }
        return expression;
    }

    private Expression expression() throws FormulaSyntaxException {
        Expression result = term();
        while (true) {
            skipWhitespace();
            if (accept('+')) {
                result = Expression.plus(result, term());
            } else if (accept('-') || accept('−')) {
                result = Expression.minus(result, term());
            } else {
                return result;
            }
        }
    }

    private Expression term() throws FormulaSyntaxException {
        Expression result = unary();
        while (true) {
            skipWhitespace();
            if (accept('*') || accept('×')) {
                result = Expression.times(result, unary());
            } else if (accept('/') || accept('÷')) {
                result = Expression.divide(result, unary());
            } else {
                return result;
            }
        }
    }

    private Expression unary() throws FormulaSyntaxException {
        skipWhitespace();
        if (accept('-') || accept('−')) {
            Expression operand = nested(this::unary);
            if (operand instanceof Expression.Constant constant) {
                return new Expression.Constant(constant.value().negate());
            }
            return Expression.times(Expression.number("-1"), operand);
        }
        return primary();
    }

    private Expression primary() throws FormulaSyntaxException {
        skipWhitespace();
        if (atEnd()) {
            throw error(Expected.OPERAND);
        }
        char next = text.charAt(index);
        if (isDigit(next)) {
            return number();
        }
        if (isLetter(next)) {
            return key();
        }
        if (accept('(')) {
            Expression inner = nested(this::expression);
            skipWhitespace();
            if (!accept(')')) {
                throw error(Expected.OPERATOR_OR_CLOSE);
            }
            return inner;
        }
        throw error(Expected.OPERAND);
    }

    private Expression nested(Rule rule) throws FormulaSyntaxException {
        if (++nesting > MAX_NESTING) {
            // Point at the opening sign just read, the one too many.
            throw new FormulaSyntaxException(
                    index, Expected.LESS_NESTING, Found.TOKEN, String.valueOf(text.charAt(index - 1)));
        }
        Expression result = rule.parse();
        nesting--;
        return result;
    }

    @FunctionalInterface
    private interface Rule {
        Expression parse() throws FormulaSyntaxException;
    }

    private Expression number() throws FormulaSyntaxException {
        int start = index;
        skipDigits();
        if (accept('.')) {
            if (atEnd() || !isDigit(text.charAt(index))) {
                throw error(Expected.DIGIT_AFTER_DECIMAL_POINT);
            }
            skipDigits();
        }
        return new Expression.Constant(new BigDecimal(text.substring(start, index)));
    }

    private Expression key() throws FormulaSyntaxException {
        int start = index;
        while (!atEnd() && isNameChar(text.charAt(index))) {
            index++;
        }
        if (!atEnd() && text.charAt(index) == ':') {
            index++;
            if (atEnd() || !isNameChar(text.charAt(index))) {
                throw error(Expected.STAGE_KEY_AFTER_COLON);
            }
            while (!atEnd() && (isNameChar(text.charAt(index)) || continuesStageKeyWithHyphen())) {
                index++;
            }
        }
        String key = text.substring(start, index);
        if (!MetricKey.isValid(key)) {
            throw new FormulaSyntaxException(start + 1, Expected.METRIC_KEY, Found.TOKEN, key);
        }
        return new Expression.Reference(MetricKey.of(key));
    }

    private boolean continuesStageKeyWithHyphen() {
        return text.charAt(index) == '-' && index + 1 < text.length() && isNameChar(text.charAt(index + 1));
    }

    private void skipDigits() {
        while (!atEnd() && isDigit(text.charAt(index))) {
            index++;
        }
    }

    private void skipWhitespace() {
        while (!atEnd() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
    }

    private boolean accept(char expected) {
        if (!atEnd() && text.charAt(index) == expected) {
            index++;
            return true;
        }
        return false;
    }

    private boolean atEnd() {
        return index >= text.length();
    }

    private FormulaSyntaxException error(Expected expected) {
        return atEnd()
                ? new FormulaSyntaxException(index + 1, expected, Found.END, "")
                : new FormulaSyntaxException(index + 1, expected, Found.TOKEN, String.valueOf(text.charAt(index)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
