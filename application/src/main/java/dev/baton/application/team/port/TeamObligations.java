package dev.baton.application.team.port;

import dev.baton.domain.team.TeamId;
import java.util.List;

/**
 * What still depends on a team (funnel stages it owns, targets it holds), one {@link TeamObligation} per kind that
 * counts at least one, in the order of {@link TeamObligation.Kind}. A team with obligations cannot be archived: the
 * funnel would lose an owner and the targets their team.
 */
public interface TeamObligations {

    List<TeamObligation> of(TeamId team);
}
