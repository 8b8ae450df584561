package dev.baton.domain.alignment;

import static dev.baton.domain.metric.formula.Expression.divide;
import static dev.baton.domain.metric.formula.Expression.number;
import static dev.baton.domain.metric.formula.Expression.plus;
import static dev.baton.domain.metric.formula.Expression.ref;
import static dev.baton.domain.metric.formula.Expression.times;

import dev.baton.domain.metric.AcrossFunnels;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.shared.LocalizedText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small stand-in for the built-in metric catalog: the few measures and metrics the alignment tests need, with the
 * formulas of DESIGN §3. The real catalog answers {@code find} for the same keys. Every entry here is never negative.
 */
public final class TestCatalog implements MetricCatalog {

    private static final TestCatalog INSTANCE = new TestCatalog();

    private final Map<MetricKey, MetricDefinition> definitions = new LinkedHashMap<>();

    private TestCatalog() {
        measure("deals", "Deals", "成交数", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("average_deal_value", "Average deal value", "平均交易额", Unit.CURRENCY, Direction.HIGHER_IS_BETTER);
        measure("new_customers", "New customers", "新客户数", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("sales_expense", "Sales expense", "销售费用", Unit.CURRENCY, Direction.LOWER_IS_BETTER);
        measure("marketing_expense", "Marketing expense", "市场费用", Unit.CURRENCY, Direction.LOWER_IS_BETTER);
        measure("leads", "Leads", "线索", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("demos", "Demos", "演示", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("trials", "Trials", "试用", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("paid_conversions", "Paid conversions", "付费转化数", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("sqls", "SQLs", "销售合格线索", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        measure("ltv", "LTV", "客户终身价值", Unit.CURRENCY, Direction.HIGHER_IS_BETTER);
        measure("pipeline_velocity", "Pipeline velocity", "管道速度", Unit.CURRENCY, Direction.HIGHER_IS_BETTER);
        measure("win_rate_actual", "Win rate", "赢单率", Unit.PERCENT, Direction.HIGHER_IS_BETTER);
        measure(
                "funnel_conversion_rate",
                "Funnel conversion rate",
                "漏斗整体转化率",
                Unit.PERCENT,
                Direction.HIGHER_IS_BETTER);
        metric(
                "new_revenue",
                "New revenue",
                "新增收入",
                Unit.CURRENCY,
                Direction.HIGHER_IS_BETTER,
                times(ref("deals"), ref("average_deal_value")));
        metric(
                "cac",
                "CAC",
                "获客成本",
                Unit.CURRENCY,
                Direction.LOWER_IS_BETTER,
                divide(plus(ref("sales_expense"), ref("marketing_expense")), ref("new_customers")));
        metric(
                "ltv_to_cac",
                "LTV / CAC",
                "LTV / CAC",
                Unit.RATIO,
                Direction.HIGHER_IS_BETTER,
                divide(ref("ltv"), ref("cac")));
        metric("demo_count", "Demo count", "演示数", Unit.COUNT, Direction.HIGHER_IS_BETTER, ref("demos"));
        metric("lead_count", "Lead count", "线索数", Unit.COUNT, Direction.HIGHER_IS_BETTER, ref("leads"));
        metric(
                "paid_conversion_rate",
                "Paid conversion rate",
                "付费转化率",
                Unit.PERCENT,
                Direction.HIGHER_IS_BETTER,
                times(divide(ref("paid_conversions"), ref("trials")), number("100")));
        metric(
                "cpl",
                "CPL",
                "单条线索成本",
                Unit.CURRENCY,
                Direction.LOWER_IS_BETTER,
                divide(ref("marketing_expense"), ref("leads")));
        put(new MetricDefinition(
                MetricKey.of("stage_conversion_rate"),
                LocalizedText.of("Stage conversion rate", "阶段转化率"),
                LocalizedText.of("entered next stage ÷ entered this stage × 100", "进入下一阶段数 ÷ 进入本阶段数 × 100"),
                Unit.PERCENT,
                Direction.HIGHER_IS_BETTER,
                Category.ACQUISITION,
                Optional.empty(),
                true,
                true,
                RollUp.NONE,
                true,
                AcrossFunnels.SUM));
    }

    public static TestCatalog instance() {
        return INSTANCE;
    }

    private void measure(String key, String en, String zh, Unit unit, Direction direction) {
        put(definition(key, en, zh, unit, direction, Optional.empty()));
    }

    private void metric(String key, String en, String zh, Unit unit, Direction direction, Expression formula) {
        put(definition(key, en, zh, unit, direction, Optional.of(formula)));
    }

    private static MetricDefinition definition(
            String key, String en, String zh, Unit unit, Direction direction, Optional<Expression> formula) {
        return new MetricDefinition(
                MetricKey.of(key),
                LocalizedText.of(en, zh),
                LocalizedText.of(en, zh),
                unit,
                direction,
                Category.REVENUE,
                formula,
                false,
                true,
                formula.isEmpty() ? RollUp.SUM : RollUp.NONE,
                true,
                AcrossFunnels.SUM);
    }

    private void put(MetricDefinition definition) {
        definitions.put(definition.key(), definition);
    }

    @Override
    public Optional<MetricDefinition> find(MetricKey key) {
        return Optional.ofNullable(definitions.get(key));
    }

    @Override
    public Collection<MetricDefinition> all() {
        return definitions.values();
    }
}
