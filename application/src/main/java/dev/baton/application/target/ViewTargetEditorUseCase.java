package dev.baton.application.target;

/**
 * Everything the target editor of a team and period shows, read in one transaction: the team, its targets, the
 * catalog, the funnels' stages, the people who may own a target, the alignment report, and the context of each number.
 */
public interface ViewTargetEditorUseCase {

    TargetEditor view(TargetEditorQuery query);
}
