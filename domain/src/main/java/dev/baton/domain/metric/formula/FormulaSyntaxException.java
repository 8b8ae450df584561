package dev.baton.domain.metric.formula;

/**
 * A formula text that is not a formula. Parsing cannot go on past the first error, so this is an exception; it
 * carries where (1-based, counting characters) and what the grammar expected there, so an editor can point at it.
 */
public final class FormulaSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String expected;
    private final String found;

    public FormulaSyntaxException(int position, String expected, String found) {
        super("at position " + position + ": expected " + expected + " but found " + found);
        this.position = position;
        this.expected = expected;
        this.found = found;
    }

    /** 1-based character position of the error; one past the last character when the formula ended too soon. */
    public int position() {
        return position;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}
