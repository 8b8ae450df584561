package dev.baton.adapters.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.application.audit.AuditEntry;
import dev.baton.application.audit.port.AuditTrail;
import dev.baton.domain.team.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

@ApplicationScoped
public class AuditTrailPersistenceAdapter implements AuditTrail {

    private final AuditEntryPanacheRepository repository;
    private final ObjectMapper json;

    @Inject
    public AuditTrailPersistenceAdapter(AuditEntryPanacheRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Override
    public void record(AuditEntry entry) {
        AuditEntryJpaEntity entity = new AuditEntryJpaEntity();
        entity.occurredAt = entry.at();
        entity.actor = entry.actor();
        entity.entityType = entry.entityType();
        entity.entityId = entry.entityId();
        entity.action = entry.action();
        entity.before = toJson(entry.before());
        entity.after = toJson(entry.after());
        entity.teamId = entry.team().map(TeamId::value).orElse(null);
        repository.persist(entity);
    }

    private String toJson(Map<String, Object> state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit state could not be written as JSON", e);
        }
    }
}
