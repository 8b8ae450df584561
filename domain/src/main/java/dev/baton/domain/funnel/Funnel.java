package dev.baton.domain.funnel;

import dev.baton.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered list of stages of the customer journey (Visitor → Lead → MQL → SQL → Customer ...), each owned by a
 * team. A company may run several funnels, one per product line. Stage keys are unique within a funnel; a funnel has
 * at least two stages.
 */
public record Funnel(String name, List<Stage> stages) {

    public Funnel {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("field.FUNNEL_NEEDS_NAME");
        }
        if (stages == null || stages.size() < 2) {
            throw new InvalidValueException(
                    "field.FUNNEL_TOO_FEW_STAGES", name, String.valueOf(stages == null ? 0 : stages.size()));
        }
        Set<String> keys = new HashSet<>();
        for (Stage stage : stages) {
            if (stage == null) {
                throw new InvalidValueException("field.FUNNEL_EMPTY_STAGE", name);
            }
            if (!keys.add(stage.key())) {
                throw new InvalidValueException("field.FUNNEL_STAGE_TWICE", name, stage.key());
            }
        }
        stages = List.copyOf(stages);
    }

    public static Funnel of(String name, Stage... stages) {
        return new Funnel(name, List.of(stages));
    }

    public Optional<Stage> stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every pair of consecutive stages whose owning teams differ, in funnel order. */
    public List<Handoff> handoffs() {
        List<Handoff> handoffs = new ArrayList<>();
        for (int i = 1; i < stages.size(); i++) {
            Stage from = stages.get(i - 1);
            Stage to = stages.get(i);
            if (!from.owner().equals(to.owner())) {
                handoffs.add(Handoff.between(from, to));
            }
        }
        return List.copyOf(handoffs);
    }
}
