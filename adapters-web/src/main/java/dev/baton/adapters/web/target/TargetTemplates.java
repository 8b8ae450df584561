package dev.baton.adapters.web.target;

import dev.baton.application.team.TeamSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The target editor's templates, under {@code templates/TargetsPage/}: both the reading and the editing page show them. */
@CheckedTemplate(basePath = "TargetsPage")
final class TargetTemplates {

    private TargetTemplates() {}

    static native TemplateInstance pick(List<TeamSummary> teams, String period);

    static native TemplateInstance editor(TargetEditorView view);
}
