package dev.baton.application.team.port;

import dev.baton.domain.shared.LocalizedText;
import dev.baton.domain.team.TeamId;
import java.util.List;

/**
 * What still depends on a team (funnel stages it owns, targets it holds). A team with obligations cannot be archived:
 * the funnel would lose an owner and the targets their team.
 */
public interface TeamObligations {

    List<LocalizedText> of(TeamId team);
}
