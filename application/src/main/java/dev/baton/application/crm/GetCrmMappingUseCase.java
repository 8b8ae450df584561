package dev.baton.application.crm;

import dev.baton.domain.crm.CrmMapping;

/** A funnel's CRM mapping, read by anyone signed in. */
public interface GetCrmMappingUseCase {

    /** @throws dev.baton.application.shared.NotFoundException when there is no such funnel */
    CrmMapping get(long funnelId);
}
