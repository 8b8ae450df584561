package dev.baton.domain.metric;

import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.shared.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog entry. A measure (a raw number recorded per period, such as {@code revenue}) is a definition without a
 * formula; a metric computes from measures and other metrics. Stage-scoped metrics ({@code stage_conversion_rate})
 * take their stage keys from a {@link StageScope} when their formula is asked for.
 *
 * <p>A measure says how it {@link RollUp rolls up} from months into quarters and years; a metric with a formula, a
 * stage-scoped metric and a custom metric do not roll up themselves ({@link RollUp#NONE}): they are computed from
 * their rolled-up measures.
 *
 * <p>{@code neverNegative} says the quantity cannot be below zero, so the alignment rules may assume it. Every measure
 * is never negative (negative measures are refused at input); a metric is so only where its definition declares it: a
 * profit-form LTV, a growth rate or a sum of movements may well be negative, and assuming otherwise would invent
 * conflicts. Custom metrics are never declared so.
 *
 * <p>A measure also says how it {@link AcrossFunnels combines across funnels} when it is recorded per funnel: flows and
 * stocks add up, averages take a (weighted) mean. For a metric with a formula the question does not arise (it is
 * computed from the combined measures), and it is {@link AcrossFunnels#SUM} only so that it is never null.
 */
public record MetricDefinition(
        MetricKey key,
        LocalizedText name,
        LocalizedText description,
        Unit unit,
        Direction direction,
        Category category,
        Optional<Expression> formula,
        boolean stageScoped,
        boolean builtIn,
        RollUp rollUp,
        boolean neverNegative,
        AcrossFunnels acrossFunnels) {

    public MetricDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(rollUp, "rollUp");
        Objects.requireNonNull(acrossFunnels, "acrossFunnels");
        if (rollUp != RollUp.NONE && (formula.isPresent() || stageScoped)) {
            throw new IllegalArgumentException(
                    key + " is computed from measures, which roll up on their own; it cannot roll up by " + rollUp);
        }
        neverNegative = neverNegative || (formula.isEmpty() && !stageScoped);
    }

    /**
     * A definition that declares nothing about its sign (never negative only if it is a measure) and whose
     * across-funnel rule follows from its roll-up: an average over time ({@link RollUp#MEAN}) is a plain mean across
     * funnels too, anything else adds up. The built-in catalog states each rule itself.
     */
    public MetricDefinition(
            MetricKey key,
            LocalizedText name,
            LocalizedText description,
            Unit unit,
            Direction direction,
            Category category,
            Optional<Expression> formula,
            boolean stageScoped,
            boolean builtIn,
            RollUp rollUp) {
        this(
                key,
                name,
                description,
                unit,
                direction,
                category,
                formula,
                stageScoped,
                builtIn,
                rollUp,
                false,
                rollUp == RollUp.MEAN ? AcrossFunnels.MEAN : AcrossFunnels.SUM);
    }

    public boolean isMeasure() {
        return formula.isEmpty() && !stageScoped;
    }

    /**
     * The formula to compute this metric with. A stage-scoped metric has no formula of its own: it counts entries into
     * {@code scope.to} per entry into {@code scope.from}, in percent points ({@code entered:<to> / entered:<from> *
     * 100}). Stage conversion rate takes two consecutive stages; whole-funnel conversion takes the first and the last
     * stage of the funnel. Without a scope a stage-scoped metric has no formula.
     */
    public Optional<Expression> formulaFor(Optional<StageScope> scope) {
        Objects.requireNonNull(scope, "scope");
        if (!stageScoped) {
            return formula;
        }
        return scope.map(MetricDefinition::conversionBetween);
    }

    private static Expression conversionBetween(StageScope scope) {
        return Expression.times(
                Expression.divide(
                        new Expression.Reference(MetricKey.stageEntries(scope.to())),
                        new Expression.Reference(MetricKey.stageEntries(scope.from()))),
                Expression.number("100"));
    }
}
