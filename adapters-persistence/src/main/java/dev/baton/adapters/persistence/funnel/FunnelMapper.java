package dev.baton.adapters.persistence.funnel;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.domain.funnel.Funnel;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.team.TeamId;
import java.util.List;

final class FunnelMapper {

    private FunnelMapper() {}

    static StoredFunnel toDomain(FunnelJpaEntity entity) {
        List<Stage> stages = entity.stages.stream()
                .map(s -> Stage.of(s.key, s.name, new TeamId(s.teamId)))
                .toList();
        return new StoredFunnel(entity.id, new Funnel(entity.name, stages), entity.version);
    }

    static void copy(StoredFunnel stored, FunnelJpaEntity entity) {
        entity.id = stored.id();
        entity.name = stored.funnel().name();
        List<FunnelStageColumns> wanted =
                stored.funnel().stages().stream().map(FunnelMapper::columns).toList();
        // Only touch the collection when the stages really changed, so an unchanged funnel keeps its version.
        if (!wanted.equals(entity.stages)) {
            entity.stages.clear();
            entity.stages.addAll(wanted);
        }
    }

    private static FunnelStageColumns columns(Stage stage) {
        FunnelStageColumns columns = new FunnelStageColumns();
        columns.key = stage.key();
        columns.name = stage.name();
        columns.teamId = stage.owner().value();
        return columns;
    }
}
