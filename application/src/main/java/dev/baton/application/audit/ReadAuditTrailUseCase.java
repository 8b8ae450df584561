package dev.baton.application.audit;

import dev.baton.application.shared.Page;

public interface ReadAuditTrailUseCase {

    Page<RecordedChange> read(AuditQuery query);
}
