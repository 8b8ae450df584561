package dev.baton.application.proposal;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.period.Period;
import dev.baton.domain.person.Role;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader's rights over the period's findings, as the target and proposal services will judge them: an admin or a
 * team's lead edits it; a team lead may propose to the others.
 */
@ApplicationScoped
public class SettleRightsService implements ViewSettleRightsUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final ProposalRepository proposals;

    @Inject
    public SettleRightsService(AccessPolicy access, TeamRepository teams, ProposalRepository proposals) {
        this.access = access;
        this.teams = teams;
        this.proposals = proposals;
    }

    @Override
    @Transactional
    public SettleRights rights(Period period, Set<TeamId> named) {
        Actor actor = access.requireReader();
        // Only the teams the findings name: a company has more teams than one page, and a reader edits few of them.
        Set<TeamId> editable = named.stream().filter(access::mayEditTeam).collect(Collectors.toSet());
        boolean mayPropose = actor.hasRole(Role.ADMIN) || actor.hasRole(Role.TEAM_LEAD);
        List<ProposalDetails> open =
                proposals.find(Optional.empty(), Optional.of(ProposalStatus.OPEN), Optional.of(period)).stream()
                        .map(p -> ProposalParts.details(teams, p))
                        .toList();
        return new SettleRights(editable, mayPropose, open);
    }
}
