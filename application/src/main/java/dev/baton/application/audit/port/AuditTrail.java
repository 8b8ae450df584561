package dev.baton.application.audit.port;

import dev.baton.application.audit.AuditEntry;

/** Where changes are written down. Entries are appended in the transaction of the change, never edited. */
public interface AuditTrail {

    void record(AuditEntry entry);
}
