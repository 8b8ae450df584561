package dev.baton.application.funnel;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.team.port.TeamRepository;
import dev.baton.domain.funnel.Stage;
import dev.baton.domain.team.Team;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class DefineFunnelService implements DefineFunnelUseCase {

    private final AccessPolicy access;
    private final FunnelRepository funnels;
    private final TeamRepository teams;
    private final Auditor auditor;

    @Inject
    public DefineFunnelService(FunnelRepository funnels, TeamRepository teams, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.funnels = funnels;
        this.teams = teams;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public StoredFunnel define(FunnelCommand command) {
        access.requireAdmin();
        checkTeams(command);
        if (command.id().isEmpty()) {
            StoredFunnel stored = funnels.add(new StoredFunnel(funnels.nextId(), command.funnel(), 0));
            auditor.record(
                    "funnel", stored.id(), "create", Map.of(), FunnelSnapshot.of(stored.funnel()), Optional.empty());
            return stored;
        }
        long id = command.id().get();
        StoredFunnel before = funnels.findById(id).orElseThrow(() -> new NotFoundException("funnel", id));
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("funnel", id);
        }
        StoredFunnel after = funnels.update(before.with(command.funnel()));
        auditor.record(
                "funnel",
                id,
                "edit",
                FunnelSnapshot.of(before.funnel()),
                FunnelSnapshot.of(after.funnel()),
                Optional.empty());
        return after;
    }

    /** Every stage is owned by an active team. */
    private void checkTeams(FunnelCommand command) {
        List<Stage> stages = command.funnel().stages();
        Set<TeamId> wanted = stages.stream().map(Stage::owner).collect(Collectors.toSet());
        Map<TeamId, Team> found =
                teams.findAllById(wanted).stream().collect(Collectors.toMap(Team::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            TeamId team = stages.get(i).owner();
            Team t = found.get(team);
            if (t == null || t.archived()) {
                errors.add(FieldError.of("stages[" + i + "].team", "field.NO_ACTIVE_TEAM_WITH", String.valueOf(team)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
