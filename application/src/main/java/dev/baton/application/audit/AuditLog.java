package dev.baton.application.audit;

import dev.baton.application.shared.Page;

/** Reading the trail back, newest first. */
public interface AuditLog {

    Page<RecordedChange> find(AuditQuery query);
}
