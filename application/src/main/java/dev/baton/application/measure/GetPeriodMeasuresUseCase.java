package dev.baton.application.measure;

import dev.baton.domain.measure.PeriodMeasures;

public interface GetPeriodMeasuresUseCase {

    /** What a period holds; empty when nothing was recorded (a period is never "not found"). */
    PeriodMeasures get(PeriodMeasuresQuery query);
}
