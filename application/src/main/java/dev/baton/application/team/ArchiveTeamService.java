package dev.baton.application.team;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.RefusedException;
import dev.baton.application.team.port.TeamObligation;
import dev.baton.application.team.port.TeamObligations;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.shared.Phrase;
import dev.baton.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArchiveTeamService implements ArchiveTeamUseCase {

    private final AccessPolicy access;
    private final TeamRepository teams;
    private final TeamGuards guards;
    private final TeamObligations obligations;
    private final Auditor auditor;

    @Inject
    public ArchiveTeamService(
            TeamRepository teams,
            TeamGuards guards,
            TeamObligations obligations,
            Auditor auditor,
            AccessPolicy access) {
        this.access = access;
        this.teams = teams;
        this.guards = guards;
        this.obligations = obligations;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Team archive(ArchiveTeamCommand command) {
        access.requireAdmin();
        Team before = guards.existing(command.id());
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("team", command.id());
        }
        if (before.archived()) {
            return before;
        }
        List<TeamObligation> open = obligations.of(before.id());
        if (!open.isEmpty()) {
            throw new RefusedException(
                    "refused.TEAM_HAS_OBLIGATIONS", before.name().toString(), listed(open));
        }
        Team after = teams.update(before.archive());
        auditor.record(
                "team",
                after.id(),
                "archive",
                TeamSnapshot.of(before),
                TeamSnapshot.of(after),
                Optional.of(after.id()));
        return after;
    }

    /** The obligations one after another, each joined to the ones before by {@code obligation.AND}. */
    static Phrase listed(List<TeamObligation> open) {
        Phrase listed = open.get(0).phrase();
        for (TeamObligation next : open.subList(1, open.size())) {
            listed = Phrase.of("obligation.AND", listed, next.phrase());
        }
        return listed;
    }
}
