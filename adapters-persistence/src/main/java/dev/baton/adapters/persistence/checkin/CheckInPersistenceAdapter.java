package dev.baton.adapters.persistence.checkin;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInId;
import dev.baton.domain.checkin.CheckInText;
import dev.baton.domain.checkin.Confidence;
import dev.baton.domain.target.KpiTargetId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CheckInPersistenceAdapter implements CheckInRepository {

    private final CheckInPanacheRepository repository;

    @Inject
    public CheckInPersistenceAdapter(CheckInPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public CheckIn add(CheckIn checkIn) {
        CheckInJpaEntity entity = new CheckInJpaEntity();
        entity.id = checkIn.id().value();
        entity.targetId = checkIn.target().value();
        entity.recordedAt = checkIn.recordedAt();
        checkIn.history().forEach(t -> entity.texts.add(embeddable(t)));
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "check-in", checkIn.id());
        return toDomain(entity);
    }

    @Override
    public CheckIn update(CheckIn checkIn) {
        CheckInJpaEntity entity = repository
                .findByIdOptional(checkIn.id().value())
                .orElseThrow(() -> new NotFoundException("check-in", checkIn.id()));
        if (entity.version != checkIn.version()) {
            throw new ConcurrentEditException("check-in", checkIn.id());
        }
        // Wordings are only ever appended: the stored ones stay as they were written.
        for (int i = entity.texts.size(); i < checkIn.history().size(); i++) {
            entity.texts.add(embeddable(checkIn.history().get(i)));
        }
        // A change of the wordings bumps the version, so a second editor holding the old version is refused.
        Flushing.flushGuarded(repository.getEntityManager(), "check-in", checkIn.id());
        return toDomain(entity);
    }

    @Override
    public Optional<CheckIn> findById(CheckInId id) {
        return repository.findByIdOptional(id.value()).map(CheckInPersistenceAdapter::toDomain);
    }

    @Override
    public List<CheckIn> of(KpiTargetId target) {
        return repository.list("targetId", Sort.by("recordedAt").and("id"), target.value()).stream()
                .map(CheckInPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public Map<KpiTargetId, CheckIn> latestOf(Collection<KpiTargetId> targets) {
        Map<KpiTargetId, CheckIn> latest = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return latest;
        }
        repository
                .list(
                        "targetId in ?1",
                        Sort.by("recordedAt").and("id"),
                        targets.stream().map(KpiTargetId::value).toList())
                .forEach(e -> latest.put(new KpiTargetId(e.targetId), toDomain(e)));
        return latest;
    }

    private static CheckInTextEmbeddable embeddable(CheckInText text) {
        CheckInTextEmbeddable e = new CheckInTextEmbeddable();
        e.note = text.note();
        e.confidence = text.confidence().name();
        e.forecast = text.forecast().orElse(null);
        e.writtenBy = text.writtenBy();
        e.writtenAt = text.writtenAt();
        return e;
    }

    private static CheckIn toDomain(CheckInJpaEntity entity) {
        return new CheckIn(
                new CheckInId(entity.id),
                new KpiTargetId(entity.targetId),
                entity.texts.stream()
                        .map(e -> new CheckInText(
                                e.note,
                                Confidence.valueOf(e.confidence),
                                Optional.ofNullable(e.forecast),
                                e.writtenBy,
                                e.writtenAt))
                        .toList(),
                entity.version);
    }
}
