package dev.baton.application.proposal;

import dev.baton.domain.period.Period;
import dev.baton.domain.team.TeamId;
import java.util.Set;

/**
 * What the reader may do about the findings of a period: which of the teams they name the reader may edit, whether
 * they may propose.
 */
public interface ViewSettleRightsUseCase {

    SettleRights rights(Period period, Set<TeamId> named);
}
