package dev.baton.domain.metric.formula;

import static dev.baton.domain.metric.formula.Expression.divide;
import static dev.baton.domain.metric.formula.Expression.minus;
import static dev.baton.domain.metric.formula.Expression.number;
import static dev.baton.domain.metric.formula.Expression.plus;
import static dev.baton.domain.metric.formula.Expression.ref;
import static dev.baton.domain.metric.formula.Expression.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.domain.metric.formula.FormulaSyntaxException.Expected;
import dev.baton.domain.metric.formula.FormulaSyntaxException.Found;
import org.junit.jupiter.api.Test;

class FormulaParserTest {

    @Test
    void readsCacWithParenthesesAroundTheSum() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("(sales_expense + marketing_expense) / new_customers"))
                .isEqualTo(divide(plus(ref("sales_expense"), ref("marketing_expense")), ref("new_customers")));
    }

    @Test
    void multiplicationBindsTighterThanAddition() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("a + b * c")).isEqualTo(plus(ref("a"), times(ref("b"), ref("c"))));
    }

    @Test
    void operatorsOfEqualPrecedenceGroupFromTheLeft() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("a - b - c")).isEqualTo(minus(minus(ref("a"), ref("b")), ref("c")));
        assertThat(FormulaParser.parse("contract_value * 12 / contract_months"))
                .isEqualTo(divide(times(ref("contract_value"), number("12")), ref("contract_months")));
    }

    @Test
    void readsStageEntriesAndDecimalNumbers() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("entered:sql / entered:mql * 100"))
                .isEqualTo(times(divide(ref("entered:sql"), ref("entered:mql")), number("100")));
        assertThat(FormulaParser.parse("ltv * 0.8")).isEqualTo(times(ref("ltv"), number("0.8")));
    }

    @Test
    void aHyphenInsideAStageKeyBelongsToTheKey() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("entered:follow-up - entered:demo"))
                .isEqualTo(minus(ref("entered:follow-up"), ref("entered:demo")));
    }

    @Test
    void unaryMinusNegatesNumbersAndMultipliesAnythingElseByMinusOne() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("-5 + revenue")).isEqualTo(plus(number("-5"), ref("revenue")));
        assertThat(FormulaParser.parse("-(a + b)")).isEqualTo(times(number("-1"), plus(ref("a"), ref("b"))));
        assertThat(FormulaParser.parse("a - -2")).isEqualTo(minus(ref("a"), number("-2")));
    }

    @Test
    void acceptsTheTypographicSignsOfTheDesign() throws FormulaSyntaxException {
        assertThat(FormulaParser.parse("deals × average_deal_value ÷ 2 − 1"))
                .isEqualTo(minus(divide(times(ref("deals"), ref("average_deal_value")), number("2")), number("1")));
    }

    @Test
    void aMissingOperandIsReportedWhereTheFormulaEnds() {
        FormulaSyntaxException error = syntaxErrorOf("revenue *");

        assertThat(error.position()).isEqualTo(10);
        assertThat(error.expected()).isEqualTo(Expected.OPERAND);
        assertThat(error.found()).isEqualTo(Found.END);
        assertThat(error.token()).isEmpty();
    }

    @Test
    void anUnclosedParenthesisAsksForTheClosingOne() {
        FormulaSyntaxException error = syntaxErrorOf("(a + b");

        assertThat(error.position()).isEqualTo(7);
        assertThat(error.expected()).isEqualTo(Expected.OPERATOR_OR_CLOSE);
    }

    @Test
    void twoOperandsInARowAskForAnOperatorBetweenThem() {
        FormulaSyntaxException error = syntaxErrorOf("revenue orders");

        assertThat(error.position()).isEqualTo(9);
        assertThat(error.expected()).isEqualTo(Expected.OPERATOR_OR_END);
        assertThat(error.found()).isEqualTo(Found.TOKEN);
        assertThat(error.token()).isEqualTo("o");
    }

    @Test
    void aStrayCharacterIsReportedAtItsPosition() {
        FormulaSyntaxException error = syntaxErrorOf("revenue $ orders");

        assertThat(error.position()).isEqualTo(9);
        assertThat(error.found()).isEqualTo(Found.TOKEN);
        assertThat(error.token()).isEqualTo("$");
    }

    @Test
    void anEmptyFormulaAsksForAnOperand() {
        assertThat(syntaxErrorOf("  ").position()).isEqualTo(3);
        assertThat(syntaxErrorOf("").position()).isEqualTo(1);
    }

    @Test
    void aKeyInCapitalsIsNotAKey() {
        FormulaSyntaxException error = syntaxErrorOf("2 * CAC");

        assertThat(error.position()).isEqualTo(5);
        assertThat(error.token()).isEqualTo("CAC");
        assertThat(error.expected()).isEqualTo(Expected.METRIC_KEY);
    }

    @Test
    void aDecimalPointNeedsDigitsAfterIt() {
        FormulaSyntaxException error = syntaxErrorOf("1. + a");

        assertThat(error.position()).isEqualTo(3);
        assertThat(error.expected()).isEqualTo(Expected.DIGIT_AFTER_DECIMAL_POINT);
    }

    @Test
    void aColonNeedsAStageKeyAfterIt() {
        FormulaSyntaxException error = syntaxErrorOf("entered: + 1");

        assertThat(error.position()).isEqualTo(9);
        assertThat(error.expected()).isEqualTo(Expected.STAGE_KEY_AFTER_COLON);
    }

    @Test
    void aWallOfParenthesesIsRefusedBeforeItExhaustsTheStack() {
        FormulaSyntaxException error = syntaxErrorOf("(".repeat(500) + "1" + ")".repeat(500));

        assertThat(error.position()).isEqualTo(FormulaParser.MAX_NESTING + 1);
        assertThat(error.expected()).isEqualTo(Expected.LESS_NESTING);
        assertThat(error.token()).isEqualTo("(");
    }

    @Test
    void anOverlongFormulaIsRefused() {
        FormulaSyntaxException error = syntaxErrorOf("1 + ".repeat(600) + "1");

        assertThat(error.position()).isEqualTo(FormulaParser.MAX_LENGTH + 1);
        assertThat(error.expected()).isEqualTo(Expected.SHORTER_FORMULA);
        assertThat(error.found()).isEqualTo(Found.MORE_TEXT);
    }

    private static FormulaSyntaxException syntaxErrorOf(String formula) {
        FormulaSyntaxException error =
                catchThrowableOfType(FormulaSyntaxException.class, () -> FormulaParser.parse(formula));
        assertThat(error).as("'%s' should not parse", formula).isNotNull();
        return error;
    }
}
