package dev.baton.domain.metric.formula;

import dev.baton.domain.shared.Phrase;
import java.util.Objects;

/**
 * A formula text that is not a formula. Parsing cannot go on past the first error, so this is an exception; it
 * carries where (1-based, counting characters), what the grammar expected there and what it found, as codes the
 * adapters word in the reader's language, so an editor can point at it.
 */
public final class FormulaSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the grammar expected, said as {@code formula.expected.<NAME>}. */
    public enum Expected {
        OPERAND,
        OPERATOR_OR_END,
        OPERATOR_OR_CLOSE,
        DIGIT_AFTER_DECIMAL_POINT,
        STAGE_KEY_AFTER_COLON,
        METRIC_KEY,
        /** A formula of at most {@link FormulaParser#MAX_LENGTH} characters. */
        SHORTER_FORMULA,
        /** At most {@link FormulaParser#MAX_NESTING} nested parentheses or signs. */
        LESS_NESTING;

        public Phrase phrase() {
            return switch (this) {
                case SHORTER_FORMULA -> Phrase.of("formula.expected." + name(), FormulaParser.MAX_LENGTH);
                case LESS_NESTING -> Phrase.of("formula.expected." + name(), FormulaParser.MAX_NESTING);
                default -> Phrase.of("formula.expected." + name());
            };
        }
    }

    /** What stood where the grammar expected something else, said as {@code formula.found.<NAME>}. */
    public enum Found {
        /** The formula ended. */
        END,
        /** A character or a key, quoted as written: the token. */
        TOKEN,
        /** Text beyond the longest formula. */
        MORE_TEXT;

        public Phrase phrase(String token) {
            return this == TOKEN ? Phrase.of("formula.found." + name(), token) : Phrase.of("formula.found." + name());
        }
    }

    private final int position;
    private final Expected expected;
    private final Found found;
    private final String token;

    /** What was expected and what was found; the token is what the formula holds there, empty unless found a token. */
    public FormulaSyntaxException(int position, Expected expected, Found found, String token) {
        super("at position " + position + ": expected " + expected + " but found " + found
                + (found == Found.TOKEN ? " '" + token + "'" : ""));
        this.position = position;
        this.expected = Objects.requireNonNull(expected, "expected");
        this.found = Objects.requireNonNull(found, "found");
        this.token = Objects.requireNonNull(token, "token");
    }

    /** 1-based character position of the error; one past the last character when the formula ended too soon. */
    public int position() {
        return position;
    }

    public Expected expected() {
        return expected;
    }

    public Found found() {
        return found;
    }

    /** The character or key found, as written; empty when the formula ended or was too long. */
    public String token() {
        return token;
    }
}
