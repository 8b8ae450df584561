package dev.baton.domain.metric.formula;

import static dev.baton.domain.metric.MetricTestData.inputs;
import static dev.baton.domain.metric.MetricTestData.key;
import static dev.baton.domain.shared.Words.en;
import static dev.baton.domain.shared.Words.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.catalog.OrganisationMetricCatalog;
import dev.baton.domain.metric.evaluation.MetricEvaluator;
import dev.baton.domain.metric.evaluation.MetricValue;
import dev.baton.domain.shared.LocalizedText;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CustomMetricTest {

    private final OrganisationMetricCatalog builtInOnly = OrganisationMetricCatalog.withCustom(List.of());

    @Test
    void aValidFormulaBecomesAUserDefinedDefinition() throws InvalidCustomMetricException {
        MetricDefinition spendPerDemo = custom("spend_per_demo", "(sales_expense + marketing_expense) / demos")
                .toDefinition(builtInOnly);

        assertThat(spendPerDemo.builtIn()).isFalse();
        assertThat(spendPerDemo.stageScoped()).isFalse();
        assertThat(spendPerDemo.formula().map(FormulaPrinter::print))
                .contains("(sales_expense + marketing_expense) / demos");
    }

    @Test
    void aUserDefinedMetricIsEvaluatedLikeABuiltInOne() throws InvalidCustomMetricException {
        MetricDefinition spendPerDemo = custom("spend_per_demo", "(sales_expense + marketing_expense) / demos")
                .toDefinition(builtInOnly);
        MetricEvaluator evaluator = new MetricEvaluator(builtInOnly.with(spendPerDemo));

        MetricValue value = evaluator.evaluate(
                key("spend_per_demo"),
                inputs().with("sales_expense", "600")
                        .with("marketing_expense", "400")
                        .with("demos", "8")
                        .asMap());

        assertThat(value.toOptional())
                .hasValueSatisfying(number -> assertThat(number).isEqualByComparingTo("125"));
    }

    @Test
    void aUserDefinedMetricMayBuildOnAnotherOne() throws InvalidCustomMetricException {
        MetricDefinition first = custom("spend_per_demo", "(sales_expense + marketing_expense) / demos")
                .toDefinition(builtInOnly);
        OrganisationMetricCatalog withFirst = builtInOnly.with(first);

        MetricDefinition second =
                custom("demo_efficiency", "ltv / spend_per_demo").toDefinition(withFirst);

        assertThat(second.formula()).isPresent();
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() {
        InvalidCustomMetricException error = invalid(custom("broken", "revenue / (orders"), builtInOnly);

        assertThat(error.problems())
                .containsExactly(new FormulaProblem.SyntaxError(
                        18, FormulaSyntaxException.Expected.OPERATOR_OR_CLOSE, FormulaSyntaxException.Found.END, ""));
        assertThat(en(error.problems().get(0).phrase()))
                .isEqualTo("at position 18: expected an operator (+ - * /) or ')' but found the end of the formula");
        assertThat(zh(error.problems().get(0).phrase())).isEqualTo("第 18 个字符处：应为运算符（+ - * /）或“)”，实际为公式结尾");
    }

    @Test
    void aSyntaxErrorQuotesTheOffendingTokenInEachLanguage() {
        InvalidCustomMetricException error = invalid(custom("broken", "revenue / Orders"), builtInOnly);

        assertThat(en(error.problems().get(0).phrase()))
                .isEqualTo("at position 11: expected a metric key in lower-case letters, digits and underscores,"
                        + " at most 64 characters but found 'Orders'");
        assertThat(zh(error.problems().get(0).phrase()))
                .isEqualTo("第 11 个字符处：应为由小写字母、数字和下划线组成、最多 64 个字符的指标键，实际为“Orders”");
    }

    @Test
    void unknownNamesAreRefusedAllAtOnce() {
        InvalidCustomMetricException error =
                invalid(custom("hope", "happiness * revenue / mood + entered:mql"), builtInOnly);

        assertThat(error.problems())
                .containsExactly(
                        new FormulaProblem.UnknownNames(new TreeSet<>(List.of(key("happiness"), key("mood")))));
        assertThat(en(error.problems().get(0).phrase())).contains("happiness, mood");
    }

    @Test
    void aMetricReferringToItselfIsACycle() {
        InvalidCustomMetricException error = invalid(custom("a", "a + 1"), builtInOnly);

        assertThat(error.problems()).containsExactly(new FormulaProblem.Cycle(List.of(key("a"), key("a"))));
    }

    @Test
    void aCycleThroughAnotherMetricIsRefusedWithTheChain() throws InvalidCustomMetricException {
        MetricDefinition a = custom("a", "revenue * 2").toDefinition(builtInOnly);
        MetricDefinition b = custom("b", "a + orders").toDefinition(builtInOnly.with(a));
        OrganisationMetricCatalog catalog = builtInOnly.with(a).with(b);

        InvalidCustomMetricException error = invalid(custom("a", "b / 2"), catalog);

        assertThat(error.problems()).hasSize(1);
        assertThat(error.problems().get(0))
                .isInstanceOfSatisfying(FormulaProblem.Cycle.class, cycle -> assertThat(cycle.path())
                        .isEqualTo("a → b → a"));
        assertThat(en(error.problems().get(0).phrase())).contains("a → b → a");
    }

    @Test
    void aBuiltInKeyCannotBeRedefined() {
        InvalidCustomMetricException error = invalid(custom("cac", "marketing_expense / new_customers"), builtInOnly);

        assertThat(error.problems()).containsExactly(new FormulaProblem.KeyTaken(key("cac")));
    }

    @Test
    void aStageScopedMetricCannotBeReadByAFormulaButItsStageEntriesCan() throws InvalidCustomMetricException {
        InvalidCustomMetricException error = invalid(custom("doubled", "stage_conversion_rate * 2"), builtInOnly);

        assertThat(error.problems())
                .containsExactly(
                        new FormulaProblem.StageScopedReference(new TreeSet<>(List.of(key("stage_conversion_rate")))));
        assertThat(custom("mql_to_sql", "entered:sql / entered:mql * 100")
                        .toDefinition(builtInOnly)
                        .formula())
                .isPresent();
    }

    private static InvalidCustomMetricException invalid(CustomMetric metric, OrganisationMetricCatalog catalog) {
        InvalidCustomMetricException error =
                catchThrowableOfType(InvalidCustomMetricException.class, () -> metric.toDefinition(catalog));
        assertThat(error).as("%s should be refused", metric).isNotNull();
        return error;
    }

    private static CustomMetric custom(String key, String formula) {
        return new CustomMetric(
                key(key),
                LocalizedText.of(key, key),
                LocalizedText.of("defined by a team lead", "由团队负责人定义"),
                Unit.RATIO,
                Direction.HIGHER_IS_BETTER,
                Category.EFFICIENCY,
                formula);
    }
}
