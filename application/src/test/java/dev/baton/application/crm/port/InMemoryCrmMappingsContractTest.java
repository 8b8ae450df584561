package dev.baton.application.crm.port;

import dev.baton.application.fakes.InMemoryCrmMappings;

/** The CrmMappingRepositoryContract run against the in-memory fake. */
class InMemoryCrmMappingsContractTest extends CrmMappingRepositoryContract {

    private final InMemoryCrmMappings mappings = new InMemoryCrmMappings();
    private long next = 1;

    @Override
    protected CrmMappingRepository mappings() {
        return mappings;
    }

    @Override
    protected long aFunnel() {
        return next++;
    }
}
