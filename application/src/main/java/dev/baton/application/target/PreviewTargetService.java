package dev.baton.application.target;

import dev.baton.application.alignment.WhatIfCommand;
import dev.baton.application.alignment.WhatIfOutcome;
import dev.baton.application.alignment.WhatIfUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The preview in one transaction, so the report before and after and the editor around it read the same stored plan.
 */
@ApplicationScoped
public class PreviewTargetService implements PreviewTargetUseCase {

    private final WhatIfUseCase whatIf;
    private final ViewTargetEditorUseCase editor;

    @Inject
    public PreviewTargetService(WhatIfUseCase whatIf, ViewTargetEditorUseCase editor) {
        this.whatIf = whatIf;
        this.editor = editor;
    }

    @Override
    @Transactional
    public TargetPreview preview(TargetEditorQuery query, WhatIfCommand command) {
        WhatIfOutcome outcome = whatIf.whatIf(command);
        return new TargetPreview(editor.view(query), outcome);
    }
}
