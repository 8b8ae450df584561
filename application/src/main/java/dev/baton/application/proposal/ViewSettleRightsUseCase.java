package dev.baton.application.proposal;

import dev.baton.domain.period.Period;

/** What the reader may do about the findings of a period: which teams they may edit, whether they may propose. */
public interface ViewSettleRightsUseCase {

    SettleRights rights(Period period);
}
