package dev.baton.domain.metric.catalog;

import static dev.baton.domain.metric.Category.ACQUISITION;
import static dev.baton.domain.metric.Category.EFFICIENCY;
import static dev.baton.domain.metric.Category.EXPERIENCE;
import static dev.baton.domain.metric.Category.RETENTION;
import static dev.baton.domain.metric.Category.REVENUE;
import static dev.baton.domain.metric.Direction.HIGHER_IS_BETTER;
import static dev.baton.domain.metric.Direction.LOWER_IS_BETTER;
import static dev.baton.domain.metric.Unit.COUNT;
import static dev.baton.domain.metric.Unit.CURRENCY;
import static dev.baton.domain.metric.Unit.MONTHS;
import static dev.baton.domain.metric.Unit.PERCENT;
import static dev.baton.domain.metric.Unit.RATIO;
import static dev.baton.domain.metric.Unit.SCORE;
import static dev.baton.domain.metric.catalog.DefinitionBuilder.metric;
import static dev.baton.domain.metric.catalog.DefinitionBuilder.stageScoped;
import static dev.baton.domain.metric.formula.Expression.divide;
import static dev.baton.domain.metric.formula.Expression.minus;
import static dev.baton.domain.metric.formula.Expression.number;
import static dev.baton.domain.metric.formula.Expression.plus;
import static dev.baton.domain.metric.formula.Expression.ref;
import static dev.baton.domain.metric.formula.Expression.times;

import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.formula.Expression;
import java.util.List;

/**
 * The built-in metrics: each a formula over the {@link BuiltInMeasures} and other metrics (see {@link
 * BuiltInMetricCatalog} for the conventions). Their names and descriptions are data.
 */
final class BuiltInMetrics {

    private static final Direction UP = HIGHER_IS_BETTER;
    private static final Direction DOWN = LOWER_IS_BETTER;

    private BuiltInMetrics() {}

    private static Expression percentOf(Expression part, Expression whole) {
        return times(divide(part, whole), number("100"));
    }

    private static Expression totalExpense() {
        return plus(ref("sales_expense"), ref("marketing_expense"));
    }

    static List<MetricDefinition> all() {
        return List.of(
                metric("new_revenue", times(ref("deals"), ref("average_deal_value")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("New revenue", "新增收入")
                        .described("Deals closed times average deal value.", "成交数乘以平均成交金额。"),
                metric(
                                "revenue_growth",
                                percentOf(minus(ref("revenue"), ref("previous_revenue")), ref("previous_revenue")))
                        .in(PERCENT, UP, REVENUE)
                        .named("Revenue growth", "收入增长率")
                        .described(
                                "Revenue minus previous-period revenue, divided by previous-period revenue, times"
                                        + " 100 (percent points; negative when revenue fell).",
                                "（本期收入 − 上期收入）÷ 上期收入 × 100（百分点；收入下降时为负）。"),
                metric("cac", divide(totalExpense(), ref("new_customers")))
                        .in(CURRENCY, DOWN, ACQUISITION)
                        .neverNegative()
                        .named("Customer acquisition cost (CAC)", "获客成本 (CAC)")
                        .described(
                                "Sales expense plus marketing expense, divided by new customers.",
                                "（销售费用 + 营销费用）÷ 新客户数。"),
                metric("average_order_value", divide(ref("revenue"), ref("orders")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("Average order value (AOV)", "平均订单价值 (AOV)")
                        .described("Revenue divided by orders.", "收入 ÷ 订单数。"),
                metric("purchase_frequency", divide(ref("orders"), ref("new_customers")))
                        .in(RATIO, UP, RETENTION)
                        .neverNegative()
                        .named("Purchase frequency", "购买频率")
                        .described(
                                "Orders divided by new customers: how often one customer buys in the period.",
                                "订单数 ÷ 新客户数：单个客户在本期内的购买次数。"),
                metric(
                                "ltv",
                                times(
                                        times(ref("average_order_value"), ref("purchase_frequency")),
                                        ref("lifespan_years")))
                        .in(CURRENCY, UP, RETENTION)
                        .neverNegative()
                        .named("Customer lifetime value (LTV)", "客户终身价值 (LTV)")
                        .described(
                                "Average order value times purchase frequency times customer lifespan in years."
                                        + " Correction: the source example says \"about 8 months\" but multiplies by"
                                        + " 0.8; 0.8 is a lifespan in years (about 10 months), so Baton keeps 0.8 years"
                                        + " as the input: 5,000 × 6 × 0.8 = 24,000.",
                                "平均订单价值 × 购买频率 × 客户生命周期（年）。更正：原文示例写“约 8 个月”却乘以 0.8；"
                                        + "0.8 是以年计的生命周期（约 10 个月），因此 Baton 以 0.8 年作为输入：5,000 × 6 × 0.8 = 24,000。"),
                metric(
                                "ltv_ticket",
                                times(times(ref("average_ticket"), ref("purchases_per_year")), ref("lifespan_years")))
                        .in(CURRENCY, UP, RETENTION)
                        .neverNegative()
                        .named("LTV (ticket form)", "客户终身价值（客单价法）")
                        .described(
                                "Average ticket times purchases per year times customer lifespan in years.",
                                "平均客单价 × 年均购买次数 × 客户生命周期（年）。"),
                metric(
                                "ltv_profit",
                                minus(minus(ref("customer_revenue"), ref("acquisition_cost")), ref("retention_cost")))
                        .in(CURRENCY, UP, RETENTION)
                        .named("LTV (profit form)", "客户终身价值（利润法）")
                        .described(
                                "Revenue from a customer minus acquisition cost minus retention cost; negative when"
                                        + " the customer costs more than they bring.",
                                "单客户收入 − 获客成本 − 留存成本；客户成本高于收入时为负。"),
                metric("ltv_margin", divide(times(ref("arpu"), ref("gross_margin")), ref("customer_churn_rate")))
                        .in(CURRENCY, UP, RETENTION)
                        .neverNegative()
                        .named("LTV (margin form)", "客户终身价值（毛利法）")
                        .described(
                                "Monthly ARPU times gross margin, divided by the monthly customer churn rate. Both"
                                        + " rates are percent points, so the two divisions by 100 cancel:"
                                        + " arpu × gross_margin ÷ customer_churn_rate.",
                                "月 ARPU × 毛利率 ÷ 月客户流失率。两个比率都以百分点计，两次除以 100 相互抵消："
                                        + "arpu × gross_margin ÷ customer_churn_rate。"),
                metric("ltv_to_cac", divide(ref("ltv"), ref("cac")))
                        .in(RATIO, UP, EFFICIENCY)
                        .neverNegative()
                        .named("LTV / CAC", "LTV / CAC")
                        .described(
                                "Customer lifetime value divided by customer acquisition cost; 3 or more is"
                                        + " healthy.",
                                "客户终身价值 ÷ 获客成本；不低于 3 为健康。"),
                metric(
                                "cac_payback_months",
                                divide(ref("cac"), divide(times(ref("arpu"), ref("gross_margin")), number("100"))))
                        .in(MONTHS, DOWN, EFFICIENCY)
                        .neverNegative()
                        .named("CAC payback (months)", "CAC 回收期（月）")
                        .described(
                                "CAC divided by the monthly gross profit of one customer: CAC ÷ (ARPU × gross margin"
                                        + " ÷ 100), gross margin in percent points.",
                                "获客成本 ÷ 单客户月毛利：CAC ÷（ARPU × 毛利率 ÷ 100），毛利率以百分点计。"),
                metric("mrr", times(ref("arpu"), ref("paying_customers")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("Monthly recurring revenue (MRR)", "月经常性收入 (MRR)")
                        .described("ARPU times paying customers.", "ARPU × 付费客户数。"),
                metric(
                                "arr",
                                minus(
                                        plus(ref("annual_subscription_revenue"), ref("expansion_revenue")),
                                        ref("churned_revenue")))
                        .in(CURRENCY, UP, REVENUE)
                        .named("Annual recurring revenue (ARR)", "年经常性收入 (ARR)")
                        .described(
                                "Annual subscription revenue plus expansion revenue minus churned revenue; one-time"
                                        + " fees are excluded.",
                                "年度订阅收入 + 扩展收入 − 流失收入；不含一次性费用。"),
                metric(
                                "arr_monthly_billing",
                                divide(times(ref("contract_value"), number("12")), ref("contract_months")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("ARR (monthly billing)", "ARR（按月计费）")
                        .described(
                                "Contract value times 12, divided by contract length in months.",
                                "合同总额 × 12 ÷ 合同期限（月）。"),
                metric("arr_annual_billing", divide(ref("contract_value"), ref("contract_years")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("ARR (annual billing)", "ARR（按年计费）")
                        .described("Contract value divided by contract length in years.", "合同总额 ÷ 合同期限（年）。"),
                metric("acv", divide(ref("contract_value"), ref("contract_years")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("Annual contract value (ACV)", "年度合同价值 (ACV)")
                        .described("Total contract value divided by total contract years.", "合同总额 ÷ 合同总年数。"),
                metric(
                                "net_revenue_retention",
                                percentOf(
                                        minus(
                                                minus(
                                                        plus(ref("start_mrr"), ref("expansion_mrr")),
                                                        ref("contraction_mrr")),
                                                ref("churned_mrr")),
                                        ref("start_mrr")))
                        .in(PERCENT, UP, RETENTION)
                        .named("Net revenue retention (NRR)", "净收入留存率 (NRR)")
                        .described(
                                "MRR at start plus expansion minus contraction minus churn, divided by MRR at start,"
                                        + " times 100 (percent points; above 100 when expansion outweighs losses).",
                                "（期初 MRR + 扩展 − 收缩 − 流失）÷ 期初 MRR × 100（百分点；扩展超过损失时高于 100）。"),
                metric(
                                "gross_revenue_retention",
                                percentOf(
                                        minus(minus(ref("start_mrr"), ref("contraction_mrr")), ref("churned_mrr")),
                                        ref("start_mrr")))
                        .in(PERCENT, UP, RETENTION)
                        .named("Gross revenue retention (GRR)", "总收入留存率 (GRR)")
                        .described(
                                "MRR at start minus contraction minus churn, divided by MRR at start, times 100"
                                        + " (percent points; expansion is left out, so never above 100).",
                                "（期初 MRR − 收缩 − 流失）÷ 期初 MRR × 100（百分点；不计扩展，因此不会超过 100）。"),
                metric("customer_churn_rate", percentOf(ref("churned_customers"), ref("customers_at_start")))
                        .in(PERCENT, DOWN, RETENTION)
                        .neverNegative()
                        .named("Customer churn rate", "客户流失率")
                        .described(
                                "Churned customers divided by customers at start, times 100 (percent points, per"
                                        + " period: a month's value is the monthly churn rate).",
                                "流失客户数 ÷ 期初客户数 × 100（百分点，按期计算：月度值即月流失率）。"),
                metric("cpa", divide(totalExpense(), ref("new_customers")))
                        .in(CURRENCY, DOWN, ACQUISITION)
                        .neverNegative()
                        .named("Cost per acquisition (CPA)", "单次获客成本 (CPA)")
                        .described(
                                "Sales expense plus marketing expense, divided by new customers.",
                                "（销售费用 + 营销费用）÷ 新客户数。"),
                metric("cpl", divide(ref("marketing_expense"), ref("leads")))
                        .in(CURRENCY, DOWN, ACQUISITION)
                        .neverNegative()
                        .named("Cost per lead (CPL)", "单条线索成本 (CPL)")
                        .described("Marketing expense divided by leads.", "营销费用 ÷ 线索数。"),
                metric(
                                "pipeline_velocity",
                                divide(
                                        times(
                                                times(ref("sqls"), divide(ref("win_rate"), number("100"))),
                                                ref("average_deal_size")),
                                        ref("sales_cycle_days")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("Pipeline velocity (per day)", "管道速度（每天）")
                        .described(
                                "SQLs times win rate times average deal size, divided by sales cycle days: revenue the"
                                        + " pipeline yields per day. The win rate is in percent points (25 means 25 %),"
                                        + " so the formula divides it by 100.",
                                "SQL 数 × 赢单率 × 平均交易规模 ÷ 销售周期天数：管道每天产生的收入。赢单率以百分点计" + "（25 表示 25%），公式中除以 100。"),
                metric(
                                "nps",
                                percentOf(
                                        minus(ref("promoters"), ref("detractors")),
                                        plus(plus(ref("promoters"), ref("passives")), ref("detractors"))))
                        .in(SCORE, UP, EXPERIENCE)
                        .named("Net Promoter Score (NPS)", "净推荐值 (NPS)")
                        .described(
                                "Percent promoters (9–10) minus percent detractors (0–6) among all answers: (promoters"
                                        + " − detractors) ÷ (promoters + passives + detractors) × 100, from −100 to"
                                        + " 100.",
                                "推荐者（9–10 分）占比减去贬损者（0–6 分）占比：（推荐者 − 贬损者）÷（推荐者 + 被动者 +" + " 贬损者）× 100，范围 −100 到 100。"),
                metric("task_completion_rate", percentOf(ref("tasks_completed"), ref("tasks_attempted")))
                        .in(PERCENT, UP, EXPERIENCE)
                        .neverNegative()
                        .named("Task completion rate", "任务完成率")
                        .described(
                                "Tasks completed divided by tasks attempted, times 100. Correction: one source writes"
                                        + " failures ÷ total, which is the failure rate, the complement (100 minus"
                                        + " this rate).",
                                "完成的任务数 ÷ 尝试的任务数 × 100。更正：有来源写作“失败数 ÷ 总数”，那是失败率，" + "即本指标的补数（100 减去本比率）。"),
                metric("returning_visitor_rate", percentOf(ref("returning_visits"), ref("visits")))
                        .in(PERCENT, UP, RETENTION)
                        .neverNegative()
                        .named("Returning visitor rate", "回访率")
                        .described("Returning visits divided by all visits, times 100.", "回访次数 ÷ 总访问量 × 100。"),
                metric("arpv", divide(ref("revenue"), ref("visits")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("Average revenue per visit (ARPV)", "每次访问平均收入 (ARPV)")
                        .described("Revenue divided by visits.", "收入 ÷ 访问量。"),
                metric("average_ticket", divide(ref("revenue"), ref("purchasing_customers")))
                        .in(CURRENCY, UP, REVENUE)
                        .neverNegative()
                        .named("Average ticket", "平均客单价")
                        .described("Total sales (revenue) divided by purchasing customers.", "销售总额（收入）÷ 购买客户数。"),
                metric("win_rate_actual", percentOf(ref("won_deals"), ref("sqls")))
                        .in(PERCENT, UP, REVENUE)
                        .neverNegative()
                        .named("Win rate (actual)", "实际赢单率")
                        .described("Won deals divided by SQLs, times 100.", "赢单数 ÷ SQL 数 × 100。"),
                metric("demo_count", ref("demos"))
                        .in(COUNT, UP, ACQUISITION)
                        .neverNegative()
                        .named("Demo volume", "演示量")
                        .described("The number of demos given, as a target.", "进行的演示次数，作为目标。"),
                metric("lead_count", ref("leads"))
                        .in(COUNT, UP, ACQUISITION)
                        .neverNegative()
                        .named("Lead volume", "线索量")
                        .described("The number of leads captured, as a target.", "获得的线索数量，作为目标。"),
                metric("paid_conversion_rate", percentOf(ref("paid_conversions"), ref("trials")))
                        .in(PERCENT, UP, REVENUE)
                        .neverNegative()
                        .named("Paid conversion rate", "付费转化率")
                        .described("Paid conversions divided by trials, times 100.", "付费转化数 ÷ 试用数 × 100。"),
                stageScoped("stage_conversion_rate")
                        .in(PERCENT, UP, ACQUISITION)
                        .neverNegative()
                        .named("Stage conversion rate", "阶段转化率")
                        .described(
                                "Entries into the next stage divided by entries into this stage, times 100:"
                                        + " entered:<to> ÷ entered:<from> × 100, for a pair of stages.",
                                "进入下一阶段的数量 ÷ 进入本阶段的数量 × 100：entered:<to> ÷ entered:<from> × 100，按阶段对计算。"),
                stageScoped("funnel_conversion_rate")
                        .in(PERCENT, UP, ACQUISITION)
                        .neverNegative()
                        .named("Whole-funnel conversion rate", "全漏斗转化率")
                        .described(
                                "Entries into the last stage divided by entries into the first stage, times 100; the"
                                        + " scope names the first and the last stage of the funnel.",
                                "进入最后阶段的数量 ÷ 进入第一阶段的数量 × 100；范围为漏斗的第一个和最后一个阶段。"));
    }
}
