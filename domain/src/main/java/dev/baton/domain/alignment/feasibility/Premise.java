package dev.baton.domain.alignment.feasibility;

import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.target.KpiTarget;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * What an interval bound rests on: a target, an actual, or the implicit rule that counts, money and measures are
 * never negative. Compared by identity; {@code order} keeps explanations in a stable order.
 */
public final class Premise {

    public enum Kind {
        TARGET,
        ACTUAL,
        NON_NEGATIVE
    }

    static final Premise NON_NEGATIVE = new Premise(Kind.NON_NEGATIVE, null, null, null, -1, -1);

    static final Comparator<Premise> IN_ORDER = Comparator.comparingLong(p -> p.order);

    public final Kind kind;
    public final KpiTarget target;
    public final MetricKey metric;
    public final BigDecimal actual;
    final long order;
    /** A target's place among the plan's targets in force (see {@link IntervalPropagation}); -1 for the others. */
    final int index;

    private Premise(Kind kind, KpiTarget target, MetricKey metric, BigDecimal actual, long order, int index) {
        this.kind = kind;
        this.target = target;
        this.metric = metric;
        this.actual = actual;
        this.order = order;
        this.index = index;
    }

    public static Premise target(KpiTarget target, long order) {
        return target(target, -1, order);
    }

    static Premise target(KpiTarget target, int index, long order) {
        return new Premise(Kind.TARGET, target, target.metric(), null, order, index);
    }

    public static Premise actual(MetricKey metric, BigDecimal value, long order) {
        return new Premise(Kind.ACTUAL, null, metric, value, order, -1);
    }

    boolean isExplicit() {
        return kind != Kind.NON_NEGATIVE;
    }

    public boolean isOn(Variable variable) {
        if (kind == Kind.TARGET) {
            return target.metric().equals(variable.metric()) && target.scope().equals(variable.scope());
        }
        return kind == Kind.ACTUAL && variable.scope().isEmpty() && metric.equals(variable.metric());
    }
}
