package dev.baton.application.funnel;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The two reads of funnels: all of them, or one. */
@ApplicationScoped
public class FunnelQueryService implements ListFunnelsUseCase, GetFunnelUseCase {

    private final FunnelRepository funnels;
    private final AccessPolicy access;

    @Inject
    public FunnelQueryService(FunnelRepository funnels, AccessPolicy access) {
        this.funnels = funnels;
        this.access = access;
    }

    @Override
    @Transactional
    public List<StoredFunnel> list() {
        access.requireReader();
        return funnels.findAll();
    }

    @Override
    @Transactional
    public StoredFunnel get(long id) {
        access.requireReader();
        return funnels.findById(id).orElseThrow(() -> new NotFoundException("funnel", id));
    }
}
