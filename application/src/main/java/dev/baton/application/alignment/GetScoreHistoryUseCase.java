package dev.baton.application.alignment;

public interface GetScoreHistoryUseCase {

    ScoreHistory history(ScoreHistoryQuery query);
}
