package dev.baton.application.checkin;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.audit.Auditor;
import dev.baton.application.checkin.port.CheckInRepository;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.checkin.CheckIn;
import dev.baton.domain.checkin.CheckInText;
import dev.baton.domain.target.KpiTarget;
import dev.baton.domain.target.KpiTargetId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recording, editing and reading a target's check-ins. An edit adds a wording; the original stays. */
@ApplicationScoped
public class CheckInService
        implements RecordCheckInUseCase, EditCheckInUseCase, ListCheckInsUseCase, LatestCheckInUseCase {

    private final AccessPolicy access;
    private final CheckInGate gate;
    private final CheckInRepository checkIns;
    private final TargetRepository targets;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public CheckInService(
            AccessPolicy access,
            CheckInGate gate,
            CheckInRepository checkIns,
            TargetRepository targets,
            Auditor auditor,
            Clock clock) {
        this.access = access;
        this.gate = gate;
        this.checkIns = checkIns;
        this.targets = targets;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CheckIn record(CheckInCommand command) {
        Actor actor = gate.requireWriter(command.target());
        KpiTarget target = targets.findById(command.target()).orElseThrow();
        CheckIn checkIn = checkIns.add(CheckIn.record(command.target(), text(command, actor)));
        auditor.record(
                "check-in", checkIn.id(), "record", Map.of(), CheckInSnapshot.of(checkIn), Optional.of(target.team()));
        return checkIn;
    }

    @Override
    @Transactional
    public CheckIn edit(CheckInCommand command) {
        Actor actor = gate.requireWriter(command.target());
        KpiTarget target = targets.findById(command.target()).orElseThrow();
        CheckIn before = command.checkIn()
                .flatMap(checkIns::findById)
                .filter(c -> c.target().equals(command.target()))
                .orElseThrow(() -> new NotFoundException(
                        "check-in", command.checkIn().map(Object::toString).orElse("")));
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("check-in", before.id());
        }
        CheckIn after = checkIns.update(before.edited(text(command, actor)));
        auditor.record(
                "check-in",
                after.id(),
                "edit",
                CheckInSnapshot.of(before),
                CheckInSnapshot.of(after),
                Optional.of(target.team()));
        return after;
    }

    @Override
    @Transactional
    public CheckInToEdit toEdit(String targetId, String checkInId) {
        KpiTargetId id = CheckInCommand.targetId(targetId);
        gate.requireWriter(id);
        KpiTarget target = targets.findById(id).orElseThrow();
        CheckIn checkIn = CheckInCommand.checkInId(checkInId)
                .flatMap(checkIns::findById)
                .filter(c -> c.target().equals(id))
                .orElseThrow(() -> new NotFoundException("check-in", checkInId));
        return new CheckInToEdit(target, checkIn);
    }

    @Override
    @Transactional
    public List<CheckIn> list(String targetId) {
        access.requireReader();
        KpiTargetId id = CheckInCommand.targetId(targetId);
        targets.findById(id).orElseThrow(() -> new NotFoundException("target", targetId));
        return checkIns.of(id);
    }

    @Override
    @Transactional
    public Map<KpiTargetId, CheckIn> latest(Collection<KpiTargetId> targets) {
        access.requireReader();
        return checkIns.latestOf(targets);
    }

    private CheckInText text(CheckInCommand command, Actor actor) {
        return new CheckInText(
                command.note(), command.confidence(), command.forecast(), actor.username(), clock.instant());
    }
}
