package dev.baton.application.team;

import dev.baton.application.shared.Page;

public interface ListTeamsUseCase {

    Page<TeamSummary> list(ListTeamsQuery query);
}
