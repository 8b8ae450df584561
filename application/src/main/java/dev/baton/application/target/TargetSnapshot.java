package dev.baton.application.target;

import dev.baton.domain.target.KpiTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/** A target as the audit trail writes it down. */
public final class TargetSnapshot {

    private TargetSnapshot() {}

    public static Map<String, Object> of(KpiTarget target) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("team", target.team().value());
        state.put("metric", target.metric().value());
        target.scope().ifPresent(s -> state.put("scope", s.from() + "→" + s.to()));
        state.put("period", target.period().format());
        state.put("threshold", target.threshold().comparison().name());
        target.threshold().lower().ifPresent(min -> state.put("min", min.toPlainString()));
        target.threshold().upper().ifPresent(max -> state.put("max", max.toPlainString()));
        state.put("owner", target.owner().value());
        target.rationale().ifPresent(r -> state.put("rationale", r));
        return state;
    }
}
