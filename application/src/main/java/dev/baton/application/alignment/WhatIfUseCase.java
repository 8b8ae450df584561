package dev.baton.application.alignment;

public interface WhatIfUseCase {

    WhatIfOutcome whatIf(WhatIfCommand command);
}
