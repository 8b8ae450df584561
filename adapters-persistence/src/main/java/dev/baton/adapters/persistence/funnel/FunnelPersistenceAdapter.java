package dev.baton.adapters.persistence.funnel;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.adapters.persistence.shared.Sequences;
import dev.baton.application.funnel.StoredFunnel;
import dev.baton.application.funnel.port.FunnelRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FunnelPersistenceAdapter implements FunnelRepository {

    private final FunnelPanacheRepository repository;
    private final Sequences sequences;

    @Inject
    public FunnelPersistenceAdapter(FunnelPanacheRepository repository, Sequences sequences) {
        this.repository = repository;
        this.sequences = sequences;
    }

    @Override
    public long nextId() {
        return sequences.next("funnel_id_seq");
    }

    @Override
    public StoredFunnel add(StoredFunnel funnel) {
        FunnelJpaEntity entity = new FunnelJpaEntity();
        FunnelMapper.copy(funnel, entity);
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "funnel", funnel.id());
        return FunnelMapper.toDomain(entity);
    }

    @Override
    public StoredFunnel update(StoredFunnel funnel) {
        FunnelJpaEntity entity = repository
                .findByIdOptional(funnel.id())
                .orElseThrow(() -> new NotFoundException("funnel", funnel.id()));
        if (entity.version != funnel.version()) {
            throw new ConcurrentEditException("funnel", funnel.id());
        }
        FunnelMapper.copy(funnel, entity);
        Flushing.flushGuarded(repository.getEntityManager(), "funnel", funnel.id());
        return FunnelMapper.toDomain(entity);
    }

    @Override
    public Optional<StoredFunnel> findById(long id) {
        return repository.findByIdOptional(id).map(FunnelMapper::toDomain);
    }

    @Override
    public List<StoredFunnel> findAll() {
        return repository.listAll(Sort.by("name").and("id")).stream()
                .map(FunnelMapper::toDomain)
                .toList();
    }
}
