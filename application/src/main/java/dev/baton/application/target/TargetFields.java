package dev.baton.application.target;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.metric.MetricKey;
import dev.baton.domain.metric.StageScope;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.target.Comparison;
import dev.baton.domain.target.KpiTargetId;
import dev.baton.domain.target.Threshold;
import dev.baton.domain.team.TeamId;
import java.math.BigDecimal;
import java.util.Optional;

/** Parsing shared by every input that carries a target (set, change, what-if, a plan to evaluate). */
public final class TargetFields {

    public static final int MAX_RATIONALE = 500;

    private TargetFields() {}

    public static TeamId team(Validation v, String field, Long team) {
        if (team == null) {
            v.add(FieldError.of(field, "field.TARGET_NEEDS_TEAM"));
            return null;
        }
        return v.field(field, () -> new TeamId(team));
    }

    public static MetricKey metric(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            v.add(FieldError.of(field, "field.TARGET_NEEDS_METRIC"));
            return null;
        }
        return v.field(field, () -> MetricKey.of(raw.strip()));
    }

    public static Period period(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            v.add(FieldError.of(field, "field.TARGET_NEEDS_PERIOD_MONTH"));
            return null;
        }
        return v.field(field, () -> Period.parse(raw));
    }

    public static PersonId owner(Validation v, String field, Long owner) {
        if (owner == null) {
            v.add(FieldError.of(field, "field.TARGET_NEEDS_ACCOUNTABLE_OWNER"));
            return null;
        }
        return v.field(field, () -> new PersonId(owner));
    }

    /** Both stages or neither; {@code prefix} is the path of the scope ({@code scope}). */
    public static Optional<StageScope> scope(Validation v, String prefix, String from, String to) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (!hasFrom && !hasTo) {
            return Optional.empty();
        }
        if (!hasFrom) {
            v.add(FieldError.of(prefix + ".from", "field.NAME_STAGE_CONVERSION_STARTS"));
            return Optional.empty();
        }
        if (!hasTo) {
            v.add(FieldError.of(prefix + ".to", "field.NAME_STAGE_CONVERSION_LEADS"));
            return Optional.empty();
        }
        return Optional.ofNullable(v.field(prefix + ".to", () -> new StageScope(from.strip(), to.strip())));
    }

    /** The threshold; a missing number is named by its path ({@code threshold.value}, {@code threshold.min}). */
    public static Threshold threshold(Validation v, String prefix, ThresholdInput in) {
        if (in == null || in.type() == null || in.type().isBlank()) {
            if (in == null) {
                v.add(FieldError.of(prefix + ".value", "field.TARGET_NEEDS_NUMBER_REACH"));
            }
            v.add(FieldError.of(prefix + ".type", "field.CHOOSE_HOW_NUMBER_COMPARED"));
            return null;
        }
        Comparison comparison = v.enumField(prefix + ".type", in.type(), Comparison.class);
        if (comparison == null) {
            return null;
        }
        if (comparison == Comparison.BETWEEN) {
            boolean ok = true;
            if (in.min() == null) {
                v.add(FieldError.of(prefix + ".min", "field.BETWEEN_THRESHOLD_NEEDS_MINIMUM"));
                ok = false;
            }
            if (in.max() == null) {
                v.add(FieldError.of(prefix + ".max", "field.BETWEEN_THRESHOLD_NEEDS_MAXIMUM"));
                ok = false;
            }
            if (!ok) {
                return null;
            }
            if (in.min().compareTo(in.max()) > 0) {
                v.add(FieldError.of(
                        prefix + ".min",
                        "field.MINIMUM_LIES_ABOVE_MAXIMUM",
                        String.valueOf(in.min().toPlainString()),
                        String.valueOf(in.max().toPlainString())));
                return null;
            }
            return Threshold.between(in.min(), in.max());
        }
        BigDecimal value = in.value();
        if (value == null) {
            v.add(FieldError.of(prefix + ".value", "field.TARGET_NEEDS_NUMBER_REACH"));
            return null;
        }
        return Threshold.of(comparison, value, null);
    }

    public static Optional<String> rationale(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() > MAX_RATIONALE) {
            v.add(FieldError.of(field, "field.RATIONALE_MOST_CHARACTERS", MAX_RATIONALE));
        }
        return Optional.of(text);
    }

    public static long version(Validation v, Long version) {
        if (v.required("version", version, "field.VERSION_REQUIRED") == null) {
            return 0;
        }
        return version;
    }

    /** A target id from a path: anything that is not one names no target. */
    public static Optional<KpiTargetId> id(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(KpiTargetId.of(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
