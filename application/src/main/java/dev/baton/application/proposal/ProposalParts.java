package dev.baton.application.proposal;

import dev.baton.application.proposal.port.ProposalRepository;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.proposal.Proposal;
import dev.baton.domain.proposal.ProposalId;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the proposal services share: loading, naming the teams, the audit snapshot and the refusal of a closed one. */
public final class ProposalParts {

    private ProposalParts() {}

    static Proposal load(ProposalRepository proposals, ProposalId id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
    }

    public static ProposalDetails details(TeamRepository teams, Proposal proposal) {
        return new ProposalDetails(
                proposal,
                proposal.fromTeam().flatMap(id -> name(teams, id)),
                name(teams, proposal.toTeam()).orElse(proposal.toTeam().toString()));
    }

    private static Optional<String> name(TeamRepository teams, TeamId id) {
        return teams.findById(id).map(Team::name).map(n -> n.value());
    }

    static void requireOpen(Proposal proposal) {
        if (!proposal.status().open()) {
            throw new RefusedException(
                    "refused.PROPOSAL_NOT_OPEN", proposal.status().name());
        }
    }

    public static Map<String, Object> snapshot(Proposal proposal) {
        Map<String, Object> state = new LinkedHashMap<>();
        proposal.fromTeam().ifPresent(t -> state.put("fromTeam", t.value()));
        state.put("toTeam", proposal.toTeam().value());
        state.put("metric", proposal.metric().value());
        proposal.scope().ifPresent(s -> state.put("scope", s.from() + "→" + s.to()));
        state.put("period", proposal.period().format());
        state.put("threshold", proposal.threshold().comparison().name());
        proposal.threshold().lower().ifPresent(min -> state.put("min", min.toPlainString()));
        proposal.threshold().upper().ifPresent(max -> state.put("max", max.toPlainString()));
        proposal.note().ifPresent(n -> state.put("note", n));
        state.put("status", proposal.status().name());
        proposal.decision().flatMap(Proposal.Decision::note).ifPresent(n -> state.put("decisionNote", n));
        return state;
    }
}
