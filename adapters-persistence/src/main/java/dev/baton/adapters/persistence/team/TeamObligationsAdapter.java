package dev.baton.adapters.persistence.team;

import dev.baton.application.team.port.TeamObligation;
import dev.baton.application.team.port.TeamObligations;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts what still points at a team, straight from the tables that point at it. */
@ApplicationScoped
public class TeamObligationsAdapter implements TeamObligations {

    /** The count of each kind of obligation, from the table that references the team. */
    private static final Map<TeamObligation.Kind, String> COUNT_SQL = Map.of(
            TeamObligation.Kind.FUNNEL_STAGES, "select count(*) from funnel_stage where team_id = ?1",
            TeamObligation.Kind.TARGETS, "select count(*) from kpi_target where team_id = ?1");

    private final EntityManager entityManager;

    @Inject
    public TeamObligationsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TeamObligation> of(TeamId team) {
        List<TeamObligation> obligations = new ArrayList<>();
        for (TeamObligation.Kind kind : TeamObligation.Kind.values()) {
            long count = ((Number) entityManager
                            .createNativeQuery(COUNT_SQL.get(kind))
                            .setParameter(1, team.value())
                            .getSingleResult())
                    .longValue();
            if (count > 0) {
                obligations.add(new TeamObligation(kind, count));
            }
        }
        return obligations;
    }
}
