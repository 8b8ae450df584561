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
import static dev.baton.domain.metric.Unit.YEARS;
import static dev.baton.domain.metric.catalog.DefinitionBuilder.measure;

import dev.baton.domain.metric.AcrossFunnels;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.shared.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * The built-in measures: the values an organisation records, each with how it rolls up from months and how funnels
 * combine into it (see {@link BuiltInMetricCatalog} for the conventions), and the stage entries ({@code
 * entered:<stage_key>}), one measure for any stage of any funnel. Their names and descriptions are data.
 */
final class BuiltInMeasures {

    private static final Direction UP = HIGHER_IS_BETTER;
    private static final Direction DOWN = LOWER_IS_BETTER;
    private static final String STAGE_ENTRIES_PREFIX = "entered:";

    private BuiltInMeasures() {}

    static boolean isStageEntries(MetricKey key) {
        return key.value().startsWith(STAGE_ENTRIES_PREFIX);
    }

    static MetricDefinition stageEntries(MetricKey key) {
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

    static List<MetricDefinition> all() {
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
}
