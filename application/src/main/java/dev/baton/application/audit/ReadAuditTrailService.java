package dev.baton.application.audit;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.audit.port.AuditLog;
import dev.baton.application.shared.Page;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;

/** Admins and executives read the whole trail; a team lead reads the entries about the teams they lead. */
@ApplicationScoped
public class ReadAuditTrailService implements ReadAuditTrailUseCase {

    private final AuditLog log;
    private final TeamRepository teams;
    private final AccessPolicy access;

    @Inject
    public ReadAuditTrailService(AuditLog log, TeamRepository teams, AccessPolicy access) {
        this.log = log;
        this.teams = teams;
        this.access = access;
    }

    @Override
    @Transactional
    public Page<RecordedChange> read(AuditQuery query) {
        Actor actor = access.requireReader();
        if (actor.hasRole(Role.ADMIN) || actor.hasRole(Role.EXECUTIVE)) {
            return log.find(query);
        }
        Set<TeamId> led = actor.person()
                .map(person -> teams.ledBy(person).stream().collect(Collectors.toSet()))
                .orElse(Set.of());
        return log.find(query.restrictedTo(led));
    }
}
