package dev.baton.domain.metric.catalog;

import dev.baton.domain.metric.AcrossFunnels;
import dev.baton.domain.metric.Category;
import dev.baton.domain.metric.Direction;
import dev.baton.domain.metric.MetricDefinition;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.RollUp;
import dev.baton.domain.metric.Unit;
import dev.baton.domain.metric.formula.Expression;
import dev.baton.domain.shared.LocalizedText;
import java.util.Optional;

/** Keeps the built-in catalog readable: one chained sentence per entry instead of nine positional arguments. */
final class DefinitionBuilder {

    private final MetricKey key;
    private final Optional<Expression> formula;
    private final boolean stageScoped;
    private Unit unit;
    private Direction direction;
    private Category category;
    private LocalizedText name;
    private RollUp rollUp;
    private boolean neverNegative;
    private AcrossFunnels acrossFunnels;

    private DefinitionBuilder(String key, Optional<Expression> formula, boolean stageScoped) {
        this.key = MetricKey.of(key);
        this.formula = formula;
        this.stageScoped = stageScoped;
    }

    static DefinitionBuilder measure(String key) {
        return new DefinitionBuilder(key, Optional.empty(), false);
    }

    static DefinitionBuilder metric(String key, Expression formula) {
        return new DefinitionBuilder(key, Optional.of(formula), false);
    }

    static DefinitionBuilder stageScoped(String key) {
        return new DefinitionBuilder(key, Optional.empty(), true);
    }

    DefinitionBuilder in(Unit unit, Direction direction, Category category) {
        this.unit = unit;
        this.direction = direction;
        this.category = category;
        return this;
    }

    DefinitionBuilder named(String en, String zhCn) {
        this.name = LocalizedText.of(en, zhCn);
        return this;
    }

    /** How a measure makes up a quarter from its months and a year from its quarters; see {@link RollUp}. */
    DefinitionBuilder rollsUp(RollUp rollUp) {
        this.rollUp = rollUp;
        return this;
    }

    /** Declares that the metric cannot be below zero (measures are so anyway); see {@link MetricDefinition}. */
    DefinitionBuilder neverNegative() {
        this.neverNegative = true;
        return this;
    }

    /** How a measure recorded per funnel makes up the organisation's value; see {@link AcrossFunnels}. */
    DefinitionBuilder acrossFunnels(AcrossFunnels acrossFunnels) {
        this.acrossFunnels = acrossFunnels;
        return this;
    }

    MetricDefinition described(String en, String zhCn) {
        boolean isMeasure = formula.isEmpty() && !stageScoped;
        if (isMeasure && rollUp == null) {
            // No default on purpose: summing a stock or an average would give a quarter a believable wrong number.
            throw new IllegalStateException("the built-in measure " + key + " must say how it rolls up");
        }
        if (isMeasure && acrossFunnels == null) {
            // No default either: adding up two funnels' ARPU would double it.
            throw new IllegalStateException("the built-in measure " + key + " must say how it combines across funnels");
        }
        return new MetricDefinition(
                key,
                name,
                LocalizedText.of(en, zhCn),
                unit,
                direction,
                category,
                formula,
                stageScoped,
                true,
                rollUp == null ? RollUp.NONE : rollUp,
                neverNegative,
                acrossFunnels == null ? AcrossFunnels.SUM : acrossFunnels);
    }
}
