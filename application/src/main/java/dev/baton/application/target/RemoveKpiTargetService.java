package dev.baton.application.target;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.audit.Auditor;
import dev.baton.application.shared.ConcurrentEditException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.target.port.TargetRepository;
import dev.baton.domain.target.KpiTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class RemoveKpiTargetService implements RemoveKpiTargetUseCase {

    private final AccessPolicy access;
    private final TargetRepository targets;
    private final Auditor auditor;

    @Inject
    public RemoveKpiTargetService(TargetRepository targets, Auditor auditor, AccessPolicy access) {
        this.access = access;
        this.targets = targets;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public void remove(RemoveKpiTargetCommand command) {
        KpiTarget before =
                targets.findById(command.id()).orElseThrow(() -> new NotFoundException("target", command.id()));
        access.requireTeamEditor(before.team());
        if (before.version() != command.version()) {
            throw new ConcurrentEditException("target", command.id());
        }
        targets.remove(before);
        auditor.record(
                "target", before.id(), "remove", TargetSnapshot.of(before), Map.of(), Optional.of(before.team()));
    }
}
