package dev.baton.application.team;

import dev.baton.application.shared.PageRequest;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The team picker in one read: the own team when there is one, else the active teams, in one transaction. */
@ApplicationScoped
public class ViewTeamPickerService implements ViewTeamPickerUseCase {

    private final FindOwnTeamUseCase ownTeam;
    private final ListTeamsUseCase listTeams;

    @Inject
    public ViewTeamPickerService(FindOwnTeamUseCase ownTeam, ListTeamsUseCase listTeams) {
        this.ownTeam = ownTeam;
        this.listTeams = listTeams;
    }

    @Override
    @Transactional
    public TeamPicker view() {
        Optional<TeamId> own = ownTeam.ownTeam();
        if (own.isPresent()) {
            return new TeamPicker(own, List.of());
        }
        List<TeamSummary> teams = listTeams
                .list(ListTeamsQuery.of(null, false, 0, PageRequest.MAX_SIZE))
                .items();
        return new TeamPicker(Optional.empty(), teams);
    }
}
