package dev.baton.domain.metric.catalog;

import static dev.baton.domain.metric.Category.ACQUISITION;
import static dev.baton.domain.metric.Category.EFFICIENCY;
import static dev.baton.domain.metric.Category.EXPERIENCE;
import static dev.baton.domain.metric.Category.RETENTION;
import static dev.baton.domain.metric.Category.REVENUE;
import static dev.baton.domain.metric.Direction.HIGHER_IS_BETTER;
import static dev.baton.domain.metric.Direction.LOWER_IS_BETTER;
import static dev.baton.domain.metric.RollUp.FIRST;
import static dev.baton.domain.metric.RollUp.LAST;
import static dev.baton.domain.metric.RollUp.MEAN;
import static dev.baton.domain.metric.RollUp.NONE;
import static dev.baton.domain.metric.RollUp.SUM;
import static dev.baton.domain.metric.Unit.COUNT;
import static dev.baton.domain.metric.Unit.CURRENCY;
import static dev.baton.domain.metric.Unit.DAYS;
import static dev.baton.domain.metric.Unit.MONTHS;
import static dev.baton.domain.metric.Unit.PERCENT;
import static dev.baton.domain.metric.Unit.RATIO;
import static dev.baton.domain.metric.Unit.SCORE;
import static dev.baton.domain.metric.Unit.YEARS;
import static dev.baton.domain.metric.catalog.DefinitionBuilder.measure;
import static dev.baton.domain.metric.catalog.DefinitionBuilder.metric;
import static dev.baton.domain.metric.catalog.DefinitionBuilder.stageScoped;
import static dev.baton.domain.metric.formula.Expression.divide;
import static dev.baton.domain.metric.formula.Expression.minus;
import static dev.baton.domain.metric.formula.Expression.number;
import static dev.baton.domain.metric.formula.Expression.plus;
import static dev.baton.domain.metric.formula.Expression.ref;
import static dev.baton.domain.metric.formula.Expression.times;

import dev.baton.domain.metric.AcrossFunnels;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricCatalog;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.shared.LocalizedText;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics and measures every organisation starts with. Conventions shared by all entries:
 *
 * <ul>
 *   <li>PERCENT values, inputs and results alike, are percent points: a win rate of 5 means 5 %. A formula that needs
 *       the fraction divides by 100 where it reads the percentage.
 *   <li>Gross margin is a PERCENT measure too (40 means 40 %).
 *   <li>Rates computed from counts (churn, conversion, completion, retention) are per period: a monthly churn rate is
 *       the customer churn rate of a month.
 *   <li>Every measure is a non-negative number. A metric is declared never negative only where its formula cannot
 *       go below zero (no subtraction): revenue growth, LTV (profit form), ARR from movements, NRR, GRR and NPS may
 *       be negative.
 *   <li>Every measure says how it rolls up from months into quarters and years ({@link dev.baton.domain.metric.RollUp}):
 *       flows sum; opening stocks take the first part (customers_at_start, start_mrr, and
 *       annual_subscription_revenue, the base that arr adds the period's expansion and churn to); closing stocks take
 *       the last (paying_customers); attributes and averages take the plain mean (arpu, win_rate, gross_margin, the
 *       contract terms, and the per-customer amounts customer_revenue, acquisition_cost and retention_cost, which
 *       describe one customer however long the period); previous_revenue and purchasing_customers do not roll up.
 *   <li>Every measure also says how funnels combine into the organisation's value
 *       ({@link dev.baton.domain.metric.AcrossFunnels}): flows and stocks add up; averages and per-unit amounts take
 *       the mean weighted by what they average over (arpu and lifespan_years, customer_revenue and retention_cost by
 *       paying_customers; average_deal_value by deals; average_deal_size and sales_cycle_days by won_deals; win_rate
 *       by sqls; gross_margin by revenue; purchases_per_year by purchasing_customers; acquisition_cost by
 *       new_customers), and the contract terms the plain mean, since no count of contracts is recorded.
 * </ul>
 *
 * Stage entries ({@code entered:<stage_key>}) are measures for any stage of any funnel, so {@link #find} answers for
 * every such key although {@link #all} cannot list them.
 */
public final class BuiltInMetricCatalog implements MetricCatalog {

    private static final Direction UP = HIGHER_IS_BETTER;
    private static final Direction DOWN = LOWER_IS_BETTER;
    private static final String STAGE_ENTRIES_PREFIX = "entered:";

    private static final BuiltInMetricCatalog INSTANCE = new BuiltInMetricCatalog();

    private final Map<MetricKey, MetricDefinition> definitions;

    private BuiltInMetricCatalog() {
        Map<MetricKey, MetricDefinition> byKey = new LinkedHashMap<>();
        for (List<MetricDefinition> part : List.of(measures(), metrics())) {
            for (MetricDefinition definition : part) {
                if (byKey.put(definition.key(), definition) != null) {
                    throw new IllegalStateException("the built-in catalog defines " + definition.key() + " twice");
                }
            }
        }
        this.definitions = Collections.unmodifiableMap(byKey);
    }

    public static BuiltInMetricCatalog instance() {
        return INSTANCE;
    }

    @Override
    public Optional<MetricDefinition> find(MetricKey key) {
        if (key == null) {
            return Optional.empty();
        }
        MetricDefinition known = definitions.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return isStageEntries(key) ? Optional.of(stageEntries(key)) : Optional.empty();
    }

    /** Every fixed entry, measures first, in catalog order. Stage entries are not listed: there is one per stage. */
    @Override
    public Collection<MetricDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public static boolean isStageEntries(MetricKey key) {
        return key.value().startsWith(STAGE_ENTRIES_PREFIX);
    }

    private static MetricDefinition stageEntries(MetricKey key) {
        String stage = key.value().substring(STAGE_ENTRIES_PREFIX.length());
        return new MetricDefinition(
                key,
                LocalizedText.of("Entries into stage " + stage, "进入阶段 " + stage + " 的数量"),
                LocalizedText.of(
                        "How many entered funnel stage " + stage + " in the period.", "本期进入漏斗阶段 " + stage + " 的数量。"),
                COUNT,
                UP,
                ACQUISITION,
                Optional.empty(),
                false,
                true,
                SUM,
                true,
                AcrossFunnels.SUM);
    }

    private static Expression percentOf(Expression part, Expression whole) {
        return times(divide(part, whole), number("100"));
    }

    private static Expression totalExpense() {
        return plus(ref("sales_expense"), ref("marketing_expense"));
    }

    private static List<MetricDefinition> measures() {
        return List.of(
                measure("revenue")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Revenue", "收入")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Total sales recognised in the period.", "本期确认的销售总额。"),
                measure("previous_revenue")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Previous-period revenue", "上期收入")
                        .rollsUp(NONE)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Revenue of the period before, the base of revenue growth.", "上一期的收入，是收入增长率的基数。"),
                measure("orders")
                        .in(COUNT, UP, REVENUE)
                        .named("Orders", "订单数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Number of orders placed in the period.", "本期下单数量。"),
                measure("deals")
                        .in(COUNT, UP, REVENUE)
                        .named("Deals", "成交数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Number of deals closed in the period.", "本期成交的交易数量。"),
                measure("average_deal_value")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Average deal value", "平均成交金额")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("deals"))
                        .described("Average value of one closed deal.", "每笔成交交易的平均金额。"),
                measure("new_customers")
                        .in(COUNT, UP, ACQUISITION)
                        .named("New customers", "新客户数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Customers won for the first time in the period.", "本期首次获得的客户数量。"),
                measure("sales_expense")
                        .in(CURRENCY, DOWN, EFFICIENCY)
                        .named("Sales expense", "销售费用")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Everything spent on selling in the period.", "本期在销售上的全部支出。"),
                measure("marketing_expense")
                        .in(CURRENCY, DOWN, EFFICIENCY)
                        .named("Marketing expense", "营销费用")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Everything spent on marketing in the period.", "本期在营销上的全部支出。"),
                measure("leads")
                        .in(COUNT, UP, ACQUISITION)
                        .named("Leads", "线索数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("New leads captured in the period.", "本期获得的新线索数量。"),
                measure("visits")
                        .in(COUNT, UP, ACQUISITION)
                        .named("Visits", "访问量")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("All visits to the site or store in the period.", "本期网站或门店的全部访问次数。"),
                measure("returning_visits")
                        .in(COUNT, UP, RETENTION)
                        .named("Returning visits", "回访次数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Visits by people who had visited before.", "此前访问过的访客再次访问的次数。"),
                measure("purchasing_customers")
                        .in(COUNT, UP, REVENUE)
                        .named("Purchasing customers", "购买客户数")
                        .rollsUp(NONE)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Customers who bought at least once in the period.", "本期至少购买一次的客户数量。"),
                measure("paying_customers")
                        .in(COUNT, UP, REVENUE)
                        .named("Paying customers", "付费客户数")
                        .rollsUp(LAST)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Customers paying a subscription in the month.", "本月支付订阅费用的客户数量。"),
                measure("arpu")
                        .in(CURRENCY, UP, REVENUE)
                        .named("ARPU", "每用户平均收入 (ARPU)")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("paying_customers"))
                        .described("Average revenue per paying user per month.", "每个付费用户每月带来的平均收入。"),
                measure("contract_value")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Contract value", "合同总额")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.MEAN)
                        .described("Total value of a contract over its whole length.", "合同在整个期限内的总金额。"),
                measure("contract_months")
                        .in(MONTHS, UP, REVENUE)
                        .named("Contract length (months)", "合同期限（月）")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.MEAN)
                        .described("Length of a contract billed monthly, in months.", "按月计费合同的期限，以月计。"),
                measure("contract_years")
                        .in(YEARS, UP, REVENUE)
                        .named("Contract length (years)", "合同期限（年）")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.MEAN)
                        .described("Length of a contract billed yearly, in years.", "按年计费合同的期限，以年计。"),
                measure("annual_subscription_revenue")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Annual subscription revenue", "年度订阅收入")
                        .rollsUp(FIRST)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described(
                                "Recurring subscription revenue for a year, one-time fees excluded.",
                                "一年的经常性订阅收入，不含一次性费用。"),
                measure("expansion_revenue")
                        .in(CURRENCY, UP, RETENTION)
                        .named("Expansion revenue", "扩展收入")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described(
                                "Yearly recurring revenue added by upgrades and add-ons of existing customers.",
                                "现有客户升级和加购带来的年度经常性收入增量。"),
                measure("churned_revenue")
                        .in(CURRENCY, DOWN, RETENTION)
                        .named("Churned revenue", "流失收入")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described(
                                "Yearly recurring revenue lost to cancellations and downgrades.", "因取消和降级而损失的年度经常性收入。"),
                measure("start_mrr")
                        .in(CURRENCY, UP, RETENTION)
                        .named("MRR at start", "期初月经常性收入")
                        .rollsUp(FIRST)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Monthly recurring revenue at the start of the period.", "期初的月经常性收入 (MRR)。"),
                measure("expansion_mrr")
                        .in(CURRENCY, UP, RETENTION)
                        .named("Expansion MRR", "扩展 MRR")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("MRR added by existing customers during the period.", "本期现有客户新增的 MRR。"),
                measure("contraction_mrr")
                        .in(CURRENCY, DOWN, RETENTION)
                        .named("Contraction MRR", "收缩 MRR")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("MRR lost to downgrades of customers who stayed.", "留存客户降级所减少的 MRR。"),
                measure("churned_mrr")
                        .in(CURRENCY, DOWN, RETENTION)
                        .named("Churned MRR", "流失 MRR")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("MRR lost to customers who left.", "流失客户带走的 MRR。"),
                measure("customers_at_start")
                        .in(COUNT, UP, RETENTION)
                        .named("Customers at start", "期初客户数")
                        .rollsUp(FIRST)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Customers at the start of the period.", "期初的客户数量。"),
                measure("churned_customers")
                        .in(COUNT, DOWN, RETENTION)
                        .named("Churned customers", "流失客户数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described(
                                "Customers present at the start of the period who left during it.",
                                "期初在册、在本期内流失的客户数量。"),
                measure("sqls")
                        .in(COUNT, UP, ACQUISITION)
                        .named("Sales-qualified leads", "销售合格线索 (SQL)")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Leads accepted by sales in the period.", "本期被销售接受的线索数量。"),
                measure("won_deals")
                        .in(COUNT, UP, REVENUE)
                        .named("Won deals", "赢单数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Opportunities won in the period.", "本期赢得的商机数量。"),
                measure("win_rate")
                        .in(PERCENT, UP, REVENUE)
                        .named("Win rate (assumed)", "赢单率（设定值）")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("sqls"))
                        .described(
                                "The share of SQLs expected to close, in percent points (25 means 25 %); the input"
                                        + " of pipeline velocity. The measured rate is win_rate_actual.",
                                "预计成交的 SQL 占比，以百分点计（25 表示 25%），用于计算管道速度。实际赢单率见 win_rate_actual。"),
                measure("average_deal_size")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Average deal size", "平均交易规模")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("won_deals"))
                        .described("Expected value of one deal in the pipeline.", "管道中每笔交易的预期金额。"),
                measure("sales_cycle_days")
                        .in(DAYS, DOWN, EFFICIENCY)
                        .named("Sales cycle (days)", "销售周期（天）")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("won_deals"))
                        .described("Average days from SQL to closed deal.", "从 SQL 到成交平均所需的天数。"),
                measure("promoters")
                        .in(COUNT, UP, EXPERIENCE)
                        .named("Promoters", "推荐者")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("NPS answers of 9 or 10.", "NPS 调查中打 9 或 10 分的回答数。"),
                measure("passives")
                        .in(COUNT, DOWN, EXPERIENCE)
                        .named("Passives", "被动者")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described(
                                "NPS answers of 7 or 8; they count in the total but move the score neither way.",
                                "NPS 调查中打 7 或 8 分的回答数；计入总数，但不增减得分。"),
                measure("detractors")
                        .in(COUNT, DOWN, EXPERIENCE)
                        .named("Detractors", "贬损者")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("NPS answers of 0 to 6.", "NPS 调查中打 0 到 6 分的回答数。"),
                measure("tasks_attempted")
                        .in(COUNT, UP, EXPERIENCE)
                        .named("Tasks attempted", "尝试的任务数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Tasks users started in the product.", "用户在产品中开始的任务数量。"),
                measure("tasks_completed")
                        .in(COUNT, UP, EXPERIENCE)
                        .named("Tasks completed", "完成的任务数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Tasks users finished successfully.", "用户成功完成的任务数量。"),
                measure("lifespan_years")
                        .in(YEARS, UP, RETENTION)
                        .named("Customer lifespan (years)", "客户生命周期（年）")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("paying_customers"))
                        .described(
                                "How long a customer keeps buying, in years (0.8 is about 10 months).",
                                "客户持续购买的时长，以年计（0.8 年约为 10 个月）。"),
                measure("purchases_per_year")
                        .in(RATIO, UP, RETENTION)
                        .named("Purchases per year", "年均购买次数")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("purchasing_customers"))
                        .described("How often one customer buys in a year.", "单个客户一年内的购买次数。"),
                measure("customer_revenue")
                        .in(CURRENCY, UP, REVENUE)
                        .named("Revenue from a customer", "单客户收入")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("paying_customers"))
                        .described("Revenue one customer brings over their whole lifespan.", "单个客户在整个生命周期内带来的收入。"),
                measure("acquisition_cost")
                        .in(CURRENCY, DOWN, EFFICIENCY)
                        .named("Acquisition cost per customer", "单客户获客成本")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("new_customers"))
                        .described("What winning one customer cost.", "获得一个客户所花费的成本。"),
                measure("retention_cost")
                        .in(CURRENCY, DOWN, EFFICIENCY)
                        .named("Retention cost per customer", "单客户留存成本")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("paying_customers"))
                        .described("What keeping one customer costs over their lifespan.", "在客户生命周期内留住该客户的成本。"),
                measure("gross_margin")
                        .in(PERCENT, UP, EFFICIENCY)
                        .named("Gross margin", "毛利率")
                        .rollsUp(MEAN)
                        .acrossFunnels(AcrossFunnels.weightedBy("revenue"))
                        .described(
                                "Share of revenue left after the cost of delivering it, in percent points (40 means"
                                        + " 40 %).",
                                "扣除交付成本后剩余收入的占比，以百分点计（40 表示 40%）。"),
                measure("demos")
                        .in(COUNT, UP, ACQUISITION)
                        .named("Demos", "演示次数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Product demos given in the period.", "本期进行的产品演示次数。"),
                measure("trials")
                        .in(COUNT, UP, ACQUISITION)
                        .named("Trials", "试用数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Free trials started in the period.", "本期开始的免费试用数量。"),
                measure("paid_conversions")
                        .in(COUNT, UP, REVENUE)
                        .named("Paid conversions", "付费转化数")
                        .rollsUp(SUM)
                        .acrossFunnels(AcrossFunnels.SUM)
                        .described("Trials that became paying customers.", "转为付费客户的试用数量。"));
    }

    private static List<MetricDefinition> metrics() {
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
