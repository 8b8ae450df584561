package dev.baton.application.measure;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.domain.person.Role;

/**
 * Who may record measures: admins and team leads. Measures are organisation-wide facts (revenue, spend, entries into
 * a stage), not one team's plan, so unlike targets they are not tied to the teams a lead leads; any lead may record
 * them, and every change is in the audit trail with who made it. Executives read them.
 */
final class MeasureAccess {

    private MeasureAccess() {}

    static Actor requireRecorder(AccessPolicy access) {
        Actor actor = access.requireReader();
        if (!mayRecord(actor)) {
            throw new ForbiddenException("Only an admin or a team lead may record measures.");
        }
        return actor;
    }

    /** Whether the actor may record measures, for a page that offers the form only to them. */
    static boolean mayRecord(Actor actor) {
        return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.TEAM_LEAD);
    }
}
