package dev.baton.adapters.rest.alignment;

import dev.baton.application.alignment.WhatIfOutcome;

/** The report as it stands and as it would be with the change; nothing was saved. */
public record WhatIfResponse(AlignmentResponse before, AlignmentResponse after, int scoreChange) {

    static WhatIfResponse of(WhatIfOutcome outcome) {
        AlignmentResponse before = AlignmentResponse.of(outcome.before());
        AlignmentResponse after = AlignmentResponse.of(outcome.after());
        return new WhatIfResponse(before, after, after.score() - before.score());
    }
}
