package dev.baton.application.alignment;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.application.target.TargetFields;
import dev.baton.application.target.TargetInput;
import dev.baton.domain.period.Period;
import dev.baton.domain.target.KpiTargetId;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to try against the stored plan of a period without saving it: SET a new target, REPLACE an existing one
 * ({@code targetId}) by {@code target}, or REMOVE one. The target is parsed by the service, which knows the defaults
 * (the report's period, the team's owner).
 */
public record WhatIfCommand(
        Period period, Action action, Optional<KpiTargetId> targetId, Optional<TargetInput> target) {

    public enum Action {
        SET,
        REPLACE,
        REMOVE
    }

    public WhatIfCommand {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(target, "target");
    }

    public static WhatIfCommand of(String period, String action, String targetId, TargetInput target) {
        Validation v = new Validation();
        Period parsed = TargetFields.period(v, "period", period);
        Action chosen = v.enumField("action", action, Action.class);
        Optional<KpiTargetId> id = Optional.empty();
        if (chosen == Action.REPLACE || chosen == Action.REMOVE) {
            if (targetId == null || targetId.isBlank()) {
                v.add(FieldError.of("targetId", "field.NAME_TARGET_TO_" + chosen.name()));
            } else {
                id = TargetFields.id(targetId);
                if (id.isEmpty()) {
                    v.add(FieldError.of("targetId", "field.NOT_TARGET_ID", String.valueOf(targetId)));
                }
            }
        }
        if ((chosen == Action.SET || chosen == Action.REPLACE) && target == null) {
            v.add(FieldError.of("target", "field.DESCRIBE_TARGET_TRY"));
        }
        v.throwIfInvalid();
        return new WhatIfCommand(parsed, chosen, id, Optional.ofNullable(target));
    }
}
