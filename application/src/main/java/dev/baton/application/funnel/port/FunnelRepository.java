package dev.baton.application.funnel.port;

import dev.baton.application.funnel.StoredFunnel;
import java.util.List;
import java.util.Optional;

/** Funnels as they are stored. */
public interface FunnelRepository {

    long nextId();

    StoredFunnel add(StoredFunnel funnel);

    /**
     * Stores a changed funnel if nobody changed it since its version was read.
     *
     * @throws dev.baton.application.shared.ConcurrentEditException when the stored version differs
     */
    StoredFunnel update(StoredFunnel funnel);

    Optional<StoredFunnel> findById(long id);

    /** Every funnel, by name. */
    List<StoredFunnel> findAll();
}
