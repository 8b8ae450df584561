package dev.baton.application.fakes;

import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInId;
import dev.baton.domain.target.KpiTargetId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Check-ins kept in a map, with the version check and order of the PostgreSQL adapter. */
public final class InMemoryCheckIns implements CheckInRepository {

    private static final Comparator<CheckIn> OLDEST_FIRST =
            Comparator.comparing(CheckIn::recordedAt).thenComparing(c -> c.id().value());

    private final Map<CheckInId, CheckIn> checkIns = new LinkedHashMap<>();

    @Override
    public CheckIn add(CheckIn checkIn) {
        checkIns.put(checkIn.id(), checkIn);
        return checkIn;
    }

    @Override
    public CheckIn update(CheckIn checkIn) {
        CheckIn stored = checkIns.get(checkIn.id());
        if (stored == null) {
            throw new NotFoundException("check-in", checkIn.id());
        }
        if (stored.version() != checkIn.version()) {
            throw new ConcurrentEditException("check-in", checkIn.id());
        }
        CheckIn next = new CheckIn(checkIn.id(), checkIn.target(), checkIn.history(), checkIn.version() + 1);
        checkIns.put(next.id(), next);
        return next;
    }

    @Override
    public Optional<CheckIn> findById(CheckInId id) {
        return Optional.ofNullable(checkIns.get(id));
    }

    @Override
    public List<CheckIn> of(KpiTargetId target) {
        return checkIns.values().stream()
                .filter(c -> c.target().equals(target))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public Map<KpiTargetId, CheckIn> latestOf(Collection<KpiTargetId> targets) {
        Map<KpiTargetId, CheckIn> latest = new LinkedHashMap<>();
        checkIns.values().stream()
                .filter(c -> targets.contains(c.target()))
                .sorted(OLDEST_FIRST)
                .forEach(c -> latest.put(c.target(), c));
        return latest;
    }
}
