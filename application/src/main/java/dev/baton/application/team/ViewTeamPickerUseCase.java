package dev.baton.application.team;

/** A page without a team in its address reads here which team to open, or which teams to offer. */
public interface ViewTeamPickerUseCase {

    TeamPicker view();
}
