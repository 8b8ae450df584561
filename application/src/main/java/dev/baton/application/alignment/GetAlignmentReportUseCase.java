package dev.baton.application.alignment;

public interface GetAlignmentReportUseCase {

    AlignmentOutcome report(AlignmentQuery query);
}
