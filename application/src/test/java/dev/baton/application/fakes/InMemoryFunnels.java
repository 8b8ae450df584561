package dev.baton.application.fakes;

import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Funnels kept in memory, keeping the PostgreSQL adapter's contract: versions checked on update, all by name. */
public final class InMemoryFunnels implements FunnelRepository {

    private final VersionedRows<Long, StoredFunnel> funnels = new VersionedRows<>(
            "funnel", StoredFunnel::id, StoredFunnel::version, (f, v) -> new StoredFunnel(f.id(), f.funnel(), v));
    private long next = 1;

    @Override
    public long nextId() {
        return next++;
    }

    @Override
    public StoredFunnel add(StoredFunnel funnel) {
        return funnels.add(funnel);
    }

    @Override
    public StoredFunnel update(StoredFunnel funnel) {
        return funnels.update(funnel);
    }

    @Override
    public Optional<StoredFunnel> findById(long id) {
        return funnels.find(id);
    }

    @Override
    public List<StoredFunnel> findAll() {
        return funnels.all().stream()
                .sorted(Comparator.comparing((StoredFunnel f) -> f.funnel().name())
                        .thenComparing(StoredFunnel::id))
                .toList();
    }
}
