package dev.baton.application.target;

import dev.baton.application.alignment.WhatIfCommand;

/** Try a change on the target editor without saving it: the what-if and the editor, read in one transaction. */
public interface PreviewTargetUseCase {

    TargetPreview preview(TargetEditorQuery query, WhatIfCommand command);
}
