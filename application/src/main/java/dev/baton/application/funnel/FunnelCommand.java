package dev.baton.application.funnel;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.team.TeamId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Define a funnel ({@code id} empty) or change one against the version the editor loaded. Every bad stage is named by
 * its path ({@code stages[1].team}).
 */
public record FunnelCommand(Optional<Long> id, Funnel funnel, long version) {

    public FunnelCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(funnel, "funnel");
    }

    public static FunnelCommand define(String name, List<StageInput> stages) {
        return build(Optional.empty(), name, stages, 0L);
    }

    public static FunnelCommand edit(Long id, String name, List<StageInput> stages, Long version) {
        Validation v = new Validation();
        v.required("id", id, "field.FUNNEL_ID_REQUIRED");
        v.required("version", version, "field.VERSION_REQUIRED");
        v.throwIfInvalid();
        return build(Optional.of(id), name, stages, version);
    }

    private static FunnelCommand build(Optional<Long> id, String name, List<StageInput> raw, long version) {
        Validation v = new Validation();
        String funnelName = name == null ? "" : name.strip();
        if (funnelName.isEmpty()) {
            v.add(FieldError.of("name", "field.FUNNEL_NAME_REQUIRED"));
        } else if (funnelName.length() > 80) {
            v.add(FieldError.of("name", "field.FUNNEL_NAME_MOST_CHARACTERS"));
        }
        List<StageInput> inputs =
                raw == null ? List.of() : raw.stream().filter(Objects::nonNull).toList();
        if (inputs.size() < 2) {
            v.add(FieldError.of("stages", "field.FUNNEL_NEEDS_LEAST_TWO", inputs.size()));
        }
        List<Stage> stages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            StageInput in = inputs.get(i);
            String path = "stages[" + i + "]";
            String key = in.key() == null ? null : in.key().strip();
            boolean ok = true;
            if (key == null || key.isEmpty()) {
                v.add(FieldError.of(path + ".key", "field.STAGE_KEY_REQUIRED"));
                ok = false;
            } else if (!keys.add(key)) {
                v.add(FieldError.of(path + ".key", "field.STAGE_KEY_APPEARS_TWICE", String.valueOf(key)));
                ok = false;
            }
            if (in.name() == null || in.name().isBlank()) {
                v.add(FieldError.of(path + ".name", "field.STAGE_NAME_REQUIRED"));
                ok = false;
            }
            if (in.team() == null || in.team() <= 0) {
                v.add(FieldError.of(path + ".team", "field.STAGE_NEEDS_OWNING_TEAM"));
                ok = false;
            }
            if (ok) {
                Stage stage =
                        v.field(path + ".key", () -> Stage.of(key, in.name().strip(), new TeamId(in.team())));
                if (stage != null) {
                    stages.add(stage);
                }
            }
        }
        v.throwIfInvalid();
        Funnel funnel = v.field("stages", () -> new Funnel(funnelName, stages));
        v.throwIfInvalid();
        return new FunnelCommand(id, funnel, version);
    }
}
