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
        v.required("id", id, "A funnel id is required.", "漏斗 id 为必填项。");
        v.required(
                "version",
                version,
                "The version you loaded is required, so a concurrent change is not overwritten.",
                "需要提供读取时的版本号,以免覆盖他人的并发修改。");
        v.throwIfInvalid();
        return build(Optional.of(id), name, stages, version);
    }

    private static FunnelCommand build(Optional<Long> id, String name, List<StageInput> raw, long version) {
        Validation v = new Validation();
        String funnelName = name == null ? "" : name.strip();
        if (funnelName.isEmpty()) {
            v.add(FieldError.of("name", "A funnel name is required.", "漏斗名称为必填项。"));
        } else if (funnelName.length() > 80) {
            v.add(FieldError.of("name", "A funnel name has at most 80 characters.", "漏斗名称最多 80 个字符。"));
        }
        List<StageInput> inputs =
                raw == null ? List.of() : raw.stream().filter(Objects::nonNull).toList();
        if (inputs.size() < 2) {
            v.add(FieldError.of(
                    "stages",
                    "A funnel needs at least two stages, got " + inputs.size() + ".",
                    "漏斗至少需要两个阶段,当前为 " + inputs.size() + " 个。"));
        }
        List<Stage> stages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            StageInput in = inputs.get(i);
            String path = "stages[" + i + "]";
            String key = in.key() == null ? null : in.key().strip();
            boolean ok = true;
            if (key == null || key.isEmpty()) {
                v.add(FieldError.of(path + ".key", "A stage key is required.", "阶段键为必填项。"));
                ok = false;
            } else if (!keys.add(key)) {
                v.add(FieldError.of(
                        path + ".key",
                        "The stage key '" + key + "' appears twice: stage keys are unique in a funnel.",
                        "阶段键“" + key + "”重复:同一漏斗内阶段键必须唯一。"));
                ok = false;
            }
            if (in.name() == null || in.name().isBlank()) {
                v.add(FieldError.of(path + ".name", "A stage name is required.", "阶段名称为必填项。"));
                ok = false;
            }
            if (in.team() == null || in.team() <= 0) {
                v.add(FieldError.of(path + ".team", "A stage needs its owning team.", "阶段需要一个负责团队。"));
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
