package dev.baton.application.target;

import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.Validation;
import dev.baton.domain.target.KpiTargetId;
import java.util.Objects;

public record RemoveKpiTargetCommand(KpiTargetId id, long version) {

    public RemoveKpiTargetCommand {
        Objects.requireNonNull(id, "id");
    }

    public static RemoveKpiTargetCommand of(String id, Long version) {
        KpiTargetId targetId = TargetFields.id(id).orElseThrow(() -> new NotFoundException("target", id));
        Validation v = new Validation();
        long expected = TargetFields.version(v, version);
        v.throwIfInvalid();
        return new RemoveKpiTargetCommand(targetId, expected);
    }
}
