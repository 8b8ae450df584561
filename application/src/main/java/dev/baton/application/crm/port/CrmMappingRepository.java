package dev.baton.application.crm.port;

import dev.baton.domain.crm.CrmMapping;

/** Where each funnel's CRM mapping is kept. */
public interface CrmMappingRepository {

    /** The funnel's mapping; {@link CrmMapping#NONE} when it has none. */
    CrmMapping find(long funnelId);

    /** Replaces the funnel's whole mapping, within the caller's transaction. */
    void save(long funnelId, CrmMapping mapping);
}
