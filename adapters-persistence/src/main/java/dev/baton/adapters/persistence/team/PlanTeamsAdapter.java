package dev.baton.adapters.persistence.team;

import dev.baton.application.alignment.port.PlanTeams;
import dev.baton.domain.alignment.PlanTeam;
import dev.baton.domain.team.DepartmentKind;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The active teams as the plan sees them, in one projection query that leaves the member collections unread. */
@ApplicationScoped
public class PlanTeamsAdapter implements PlanTeams {

    private final EntityManager entityManager;

    @Inject
    public PlanTeamsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<PlanTeam> active() {
        return entityManager
                .createQuery(
                        "select t.id, t.name, t.kind from TeamJpaEntity t where t.archived = false order by t.name, t.id",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new PlanTeam(
                        new TeamId((Long) row[0]), (String) row[1], DepartmentKind.valueOf((String) row[2])))
                .toList();
    }
}
