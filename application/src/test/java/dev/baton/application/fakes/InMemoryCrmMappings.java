package dev.baton.application.fakes;

import dev.baton.application.crm.port.CrmMappingRepository;
import dev.baton.domain.crm.CrmMapping;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryCrmMappings implements CrmMappingRepository {

    private final Map<Long, CrmMapping> byFunnel = new HashMap<>();

    @Override
    public CrmMapping find(long funnelId) {
        return byFunnel.getOrDefault(funnelId, CrmMapping.NONE);
    }

    @Override
    public void save(long funnelId, CrmMapping mapping) {
        byFunnel.put(funnelId, mapping);
    }
}
