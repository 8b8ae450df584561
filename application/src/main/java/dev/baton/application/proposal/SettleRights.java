package dev.baton.application.proposal;

import dev.baton.domain.team.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader may do to settle a finding between teams: adopt a shared metric on a team they may edit, propose it to
 * one they may not (a team lead may propose), and the open proposals of the period that would settle one already.
 */
public record SettleRights(Set<TeamId> editable, boolean mayPropose, List<ProposalDetails> open) {

    public SettleRights {
        editable = Set.copyOf(editable);
        Objects.requireNonNull(open, "open");
        open = List.copyOf(open);
    }

    public boolean mayEdit(TeamId team) {
        return editable.contains(team);
    }

    /** The open proposals from one of these teams to another of them. */
    public List<ProposalDetails> between(List<TeamId> teams) {
        return open.stream()
                .filter(d -> d.proposal().fromTeam().map(teams::contains).orElse(false)
                        && teams.contains(d.proposal().toTeam()))
                .toList();
    }
}
