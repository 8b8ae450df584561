package dev.baton.domain.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a measure recorded per funnel makes up the organisation's value for the same period, as {@link RollUp} says how
 * months make up a quarter. Flows and stocks add up (two product lines' revenue, their paying customers). Averages,
 * per-unit amounts, margins and contract terms never do: two funnels at an ARPU of 100 give an ARPU of 100, not 200.
 * They take a mean weighted by the measure that counts what they average over (ARPU by paying customers, the average
 * deal value by deals), or the plain mean where no such count exists (contract terms) or where not every funnel holding
 * the value recorded a positive weight beside it.
 *
 * @param weight the measure a {@link Kind#WEIGHTED} combination weights each funnel's value by; empty otherwise
 */
public record AcrossFunnels(Kind kind, Optional<MetricKey> weight) {

    /** The kinds of combination; there is deliberately no way to add up an average. */
    public enum Kind {
        /** Flows and stocks: the organisation holds what each funnel holds. */
        SUM,
        /** The plain mean of the funnels' values. */
        MEAN,
        /** The mean of the funnels' values weighted by another measure of the same funnel and period. */
        WEIGHTED
    }

    public static final AcrossFunnels SUM = new AcrossFunnels(Kind.SUM, Optional.empty());
    public static final AcrossFunnels MEAN = new AcrossFunnels(Kind.MEAN, Optional.empty());

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public AcrossFunnels {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weight, "weight");
        if ((kind == Kind.WEIGHTED) != weight.isPresent()) {
            throw new IllegalArgumentException("a weighted mean, and only that, names its weight");
        }
    }

    /** The mean weighted by {@code weight}: {@code arpu} by {@code paying_customers}. */
    public static AcrossFunnels weightedBy(String weight) {
        return new AcrossFunnels(Kind.WEIGHTED, Optional.of(MetricKey.of(weight)));
    }

    /** One funnel's value, and the weight recorded beside it in the same funnel and period when there is one. */
    public record Part(BigDecimal value, Optional<BigDecimal> weight) {

        public Part {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(weight, "weight");
        }

        public static Part of(BigDecimal value) {
            return new Part(value, Optional.empty());
        }
    }

    /** Combines the values of the funnels that have one; empty when none has. */
    public Optional<BigDecimal> combine(List<Part> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (kind == Kind.SUM) {
            return Optional.of(sum);
        }
        if (kind == Kind.WEIGHTED && parts.stream().allMatch(p -> p.weight().isPresent())) {
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal weighted = BigDecimal.ZERO;
            for (Part part : parts) {
                weights = weights.add(part.weight().get());
                weighted = weighted.add(part.value().multiply(part.weight().get()));
            }
            if (weights.signum() > 0) {
                return Optional.of(weighted.divide(weights, PRECISION));
            }
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(parts.size()), PRECISION));
    }

    @Override
    public String toString() {
        return weight.map(w -> "WEIGHTED by " + w).orElse(kind.name());
    }
}
