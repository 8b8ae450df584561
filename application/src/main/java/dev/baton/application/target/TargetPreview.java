package dev.baton.application.target;

import dev.baton.application.alignment.WhatIfOutcome;
import java.util.Objects;

/** A change tried on the target editor: the editor as it stands, and the report before and after the change. */
public record TargetPreview(TargetEditor editor, WhatIfOutcome outcome) {

    public TargetPreview {
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(outcome, "outcome");
    }
}
