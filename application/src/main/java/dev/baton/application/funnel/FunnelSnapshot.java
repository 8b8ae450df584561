package dev.baton.application.funnel;

import dev.baton.domain.funnel.Funnel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A funnel as the audit trail writes it down. */
final class FunnelSnapshot {

    private FunnelSnapshot() {}

    static Map<String, Object> of(Funnel funnel) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", funnel.name());
        List<Map<String, Object>> stages = funnel.stages().stream()
                .map(s -> Map.<String, Object>of(
                        "key", s.key(), "name", s.name(), "team", s.owner().value()))
                .toList();
        state.put("stages", stages);
        return state;
    }
}
