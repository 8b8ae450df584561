package dev.baton.application.benchmark;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.benchmark.port.Fortunes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline the scorecard is measured against: the same layers (access check, transaction, port, template), one
 * query and almost no work.
 */
@ApplicationScoped
public class ListFortunesService implements ListFortunesUseCase {

    private final Fortunes fortunes;
    private final AccessPolicy access;

    @Inject
    public ListFortunesService(Fortunes fortunes, AccessPolicy access) {
        this.fortunes = fortunes;
        this.access = access;
    }

    @Override
    @Transactional
    public List<Fortune> list() {
        access.requireReader();
        List<Fortune> all = new ArrayList<>(fortunes.all());
        all.add(new Fortune(0, "Additional fortune added at request time."));
        all.sort(Comparator.comparing(Fortune::message));
        return all;
    }
}
