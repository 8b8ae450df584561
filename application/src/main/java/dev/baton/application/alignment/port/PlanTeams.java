package dev.baton.application.alignment.port;

import dev.baton.domain.alignment.PlanTeam;
import java.util.List;

/**
 * The teams a plan is made of, read narrowly: a plan needs each active team's id, name and kind, never its members,
 * so this read loads nothing else.
 */
public interface PlanTeams {

    /** Every team that is not archived, by name and then by id. */
    List<PlanTeam> active();
}
