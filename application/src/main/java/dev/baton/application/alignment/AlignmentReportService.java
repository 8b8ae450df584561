package dev.baton.application.alignment;

import dev.baton.application.access.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AlignmentReportService implements GetAlignmentReportUseCase {

    private final StoredPlans plans;
    private final AccessPolicy access;

    @Inject
    public AlignmentReportService(StoredPlans plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    @Transactional
    public AlignmentOutcome report(AlignmentQuery query) {
        access.requireReader();
        return plans.planOf(query.period()).outcome();
    }
}
