package dev.baton.application.access;

import dev.baton.application.access.port.CurrentActor;
import dev.baton.domain.person.Role;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what, enforced where the use cases run so no adapter can forget it. Reading is for every signed-in role;
 * targets are for admins and the leads of the team concerned; teams, people, roles and funnels are for admins.
 * Measures are organisation-wide, so admins and any team lead record them (see MeasureAccess).
 */
@ApplicationScoped
public class AccessPolicy {

    private static final Set<Role> READERS = EnumSet.of(Role.EXECUTIVE, Role.TEAM_LEAD, Role.ADMIN);

    private final CurrentActor current;
    private final TeamLeadership leadership;

    @Inject
    public AccessPolicy(CurrentActor current, TeamLeadership leadership) {
        this.current = current;
        this.leadership = leadership;
    }

    public Actor requireReader() {
        Actor actor = signedIn();
        if (actor.roles().stream().noneMatch(READERS::contains)) {
            throw new ForbiddenException("Your account has no role that may read Baton.");
        }
        return actor;
    }

    public Actor requireAdmin() {
        Actor actor = signedIn();
        if (!actor.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only an admin may do this.");
        }
        return actor;
    }

    /** Setting targets and recording measures: admins, or a team lead of that very team. */
    public Actor requireTeamEditor(TeamId team) {
        Actor actor = signedIn();
        if (!mayEdit(actor, team)) {
            throw new ForbiddenException("Only an admin or a lead of team " + team + " may change its targets.");
        }
        return actor;
    }

    public boolean mayEditTeam(TeamId team) {
        Actor actor = current.actor();
        return actor.authenticated() && mayEdit(actor, team);
    }

    private boolean mayEdit(Actor actor, TeamId team) {
        if (actor.hasRole(Role.ADMIN)) {
            return true;
        }
        return actor.hasRole(Role.TEAM_LEAD)
                && actor.person().map(p -> leadership.leads(p, team)).orElse(false);
    }

    private Actor signedIn() {
        Actor actor = current.actor();
        if (!actor.authenticated()) {
            throw new UnauthenticatedException();
        }
        return actor;
    }
}
