package dev.baton.adapters.persistence.team;

import dev.baton.application.team.port.TeamObligations;
import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Counts what still points at a team, straight from the tables that point at it. */
@ApplicationScoped
public class TeamObligationsAdapter implements TeamObligations {

    private final EntityManager entityManager;

    @Inject
    public TeamObligationsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<LocalizedText> of(TeamId team) {
        List<LocalizedText> reasons = new ArrayList<>();
        for (Obligation obligation : Obligation.values()) {
            long count = ((Number) entityManager
                            .createNativeQuery(obligation.countSql)
                            .setParameter(1, team.value())
                            .getSingleResult())
                    .longValue();
            if (count > 0) {
                reasons.add(obligation.describe(count));
            }
        }
        return reasons;
    }

    /** Every table that references a team and must be emptied before the team can go. */
    private enum Obligation {
        FUNNEL_STAGES(
                "select count(*) from funnel_stage where team_id = ?1",
                "funnel stage(s) owned by the team: give them to another team first",
                "%d 个漏斗阶段归该团队所有:请先将其交给其他团队"),
        TARGETS(
                "select count(*) from kpi_target where team_id = ?1",
                "KPI target(s) held by the team: remove them first",
                "该团队持有 %d 个 KPI 目标:请先删除");

        private final String countSql;
        private final String en;
        private final String zhCn;

        Obligation(String countSql, String en, String zhCn) {
            this.countSql = countSql;
            this.en = en;
            this.zhCn = zhCn;
        }

        LocalizedText describe(long count) {
            return LocalizedText.of(count + " " + en, zhCn.formatted(count));
        }
    }
}
