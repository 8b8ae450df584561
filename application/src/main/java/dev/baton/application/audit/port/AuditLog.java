package dev.baton.application.audit.port;

import dev.baton.application.audit.AuditQuery;
import dev.baton.application.audit.RecordedChange;
import dev.baton.application.shared.Page;

/** Reading the trail back, newest first. */
public interface AuditLog {

    Page<RecordedChange> find(AuditQuery query);
}
