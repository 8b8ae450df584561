package dev.baton.application.proposal;

import dev.baton.application.shared.Validation;
import dev.baton.domain.period.Period;
import dev.baton.domain.proposal.ProposalStatus;
import dev.baton.domain.team.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Which proposals to list: made by or to a team, in a status, for a period (each optional). */
public record ListProposalsQuery(Optional<TeamId> team, Optional<ProposalStatus> status, Optional<Period> period) {

    public ListProposalsQuery {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(period, "period");
    }

    public static ListProposalsQuery all() {
        return new ListProposalsQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ListProposalsQuery of(Long team, String status, String period) {
        Validation v = new Validation();
        Optional<TeamId> teamId =
                team == null ? Optional.empty() : Optional.ofNullable(v.field("team", () -> new TeamId(team)));
        Optional<ProposalStatus> state = status == null || status.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.enumField("status", status, ProposalStatus.class));
        Optional<Period> within = period == null || period.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(v.field("period", () -> Period.parse(period.strip())));
        v.throwIfInvalid();
        return new ListProposalsQuery(teamId, state, within);
    }
}
