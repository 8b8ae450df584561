package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/** Carries a team's targets into another period in one transaction; targets the period already holds are skipped. */
@ApplicationScoped
public class CopyTargetsService implements CopyTargetsUseCase {

    private final AccessPolicy access;
    private final TargetRepository targets;
    private final TeamRepository teams;
    private final Auditor auditor;

    @Inject
    public CopyTargetsService(TargetRepository targets, TeamRepository teams, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.targets = targets;
        this.teams = teams;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public CopyResult copy(CopyTargetsCommand command) {
        access.requireTeamEditor(command.team());
        if (teams.findById(command.team()).filter(t -> !t.archived()).isEmpty()) {
            throw InvalidInputException.of("team", "field.NO_ACTIVE_TEAM_WITH", String.valueOf(command.team()));
        }
        int copied = 0;
        int skipped = 0;
        for (KpiTarget source : targets.of(command.team(), command.from())) {
            if (targets.slotTaken(source.team(), source.metric(), source.scope(), command.to(), Optional.empty())) {
                skipped++;
                continue;
            }
            KpiTarget copy = targets.add(new KpiTarget(
                    KpiTargetId.newId(),
                    source.team(),
                    source.metric(),
                    source.scope(),
                    command.to(),
                    source.threshold(),
                    source.owner(),
                    source.rationale(),
                    0));
            auditor.record("target", copy.id(), "copy", Map.of(), TargetSnapshot.of(copy), Optional.of(copy.team()));
            copied++;
        }
        return new CopyResult(command.from(), command.to(), copied, skipped);
    }
}
