package dev.baton.adapters.persistence.proposal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ProposalPanacheRepository implements PanacheRepositoryBase<ProposalJpaEntity, UUID> {}
