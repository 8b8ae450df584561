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
            v.add(FieldError.of(field, "A target needs its team.", "目标需要所属团队。"));
            return null;
        }
        return v.field(field, () -> new TeamId(team));
    }

    public static MetricKey metric(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            v.add(FieldError.of(field, "A target needs a metric.", "目标需要一个指标。"));
            return null;
        }
        return v.field(field, () -> MetricKey.of(raw.strip()));
    }

    public static Period period(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            v.add(FieldError.of(
                    field,
                    "A target needs a period: a month (2026-09), a quarter (2026-Q3) or a year (2026).",
                    "目标需要一个期间:月(2026-09)、季度(2026-Q3)或年(2026)。"));
            return null;
        }
        return v.field(field, () -> Period.parse(raw));
    }

    public static PersonId owner(Validation v, String field, Long owner) {
        if (owner == null) {
            v.add(FieldError.of(field, "A target needs an accountable owner.", "目标需要一位负责人。"));
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
            v.add(FieldError.of(prefix + ".from", "Name the stage the conversion starts from.", "请填写转化的起始阶段。"));
            return Optional.empty();
        }
        if (!hasTo) {
            v.add(FieldError.of(prefix + ".to", "Name the stage the conversion leads to.", "请填写转化的目标阶段。"));
            return Optional.empty();
        }
        return Optional.ofNullable(v.field(prefix + ".to", () -> new StageScope(from.strip(), to.strip())));
    }

    /** The threshold; a missing number is named by its path ({@code threshold.value}, {@code threshold.min}). */
    public static Threshold threshold(Validation v, String prefix, ThresholdInput in) {
        if (in == null || in.type() == null || in.type().isBlank()) {
            if (in == null) {
                v.add(FieldError.of(
                        prefix + ".value", "A target needs a number to reach (its threshold).", "目标需要一个要达到的数值(阈值)。"));
            }
            v.add(FieldError.of(
                    prefix + ".type",
                    "Choose how the number is compared: AT_LEAST, AT_MOST or BETWEEN.",
                    "请选择比较方式:AT_LEAST、AT_MOST 或 BETWEEN。"));
            return null;
        }
        Comparison comparison = v.enumField(prefix + ".type", in.type(), Comparison.class, "比较方式");
        if (comparison == null) {
            return null;
        }
        if (comparison == Comparison.BETWEEN) {
            boolean ok = true;
            if (in.min() == null) {
                v.add(FieldError.of(prefix + ".min", "A BETWEEN threshold needs its minimum.", "区间阈值需要最小值。"));
                ok = false;
            }
            if (in.max() == null) {
                v.add(FieldError.of(prefix + ".max", "A BETWEEN threshold needs its maximum.", "区间阈值需要最大值。"));
                ok = false;
            }
            if (!ok) {
                return null;
            }
            if (in.min().compareTo(in.max()) > 0) {
                v.add(FieldError.of(
                        prefix + ".min",
                        "The minimum (" + in.min().toPlainString() + ") lies above the maximum ("
                                + in.max().toPlainString() + ").",
                        "最小值(" + in.min().toPlainString() + ")大于最大值(" + in.max().toPlainString() + ")。"));
                return null;
            }
            return Threshold.between(in.min(), in.max());
        }
        BigDecimal value = in.value();
        if (value == null) {
            v.add(FieldError.of(
                    prefix + ".value", "A target needs a number to reach (its threshold).", "目标需要一个要达到的数值(阈值)。"));
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
            v.add(FieldError.of(
                    field,
                    "A rationale has at most " + MAX_RATIONALE + " characters.",
                    "理由最多 " + MAX_RATIONALE + " 个字符。"));
        }
        return Optional.of(text);
    }

    public static long version(Validation v, Long version) {
        if (v.required(
                        "version",
                        version,
                        "The version you loaded is required, so a concurrent change is not overwritten.",
                        "需要提供读取时的版本号,以免覆盖他人的并发修改。")
                == null) {
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
