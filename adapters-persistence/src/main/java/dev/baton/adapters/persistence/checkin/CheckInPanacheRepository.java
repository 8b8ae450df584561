package dev.baton.adapters.persistence.checkin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CheckInPanacheRepository implements PanacheRepositoryBase<CheckInJpaEntity, UUID> {}
