package dev.baton.application.scorecard;

/** The executive scorecard of a period: the alignment report with actuals, each team's KPIs and unit economics. */
public interface GetScorecardUseCase {

    Scorecard scorecard(ScorecardQuery query);
}
