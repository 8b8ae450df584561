package dev.baton.adapters.persistence.token;

import dev.baton.adapters.persistence.shared.Sequences;
import dev.baton.application.token.ApiToken;
import dev.baton.application.token.port.ApiTokenRepository;
import dev.baton.domain.person.PersonId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenPersistenceAdapter implements ApiTokenRepository {

    private final ApiTokenPanacheRepository repository;
    private final Sequences sequences;

    @Inject
    public ApiTokenPersistenceAdapter(ApiTokenPanacheRepository repository, Sequences sequences) {
        this.repository = repository;
        this.sequences = sequences;
    }

    @Override
    public long nextId() {
        return sequences.next("api_token_id_seq");
    }

    @Override
    public void add(ApiToken token, String secretHash) {
        ApiTokenJpaEntity entity = new ApiTokenJpaEntity();
        entity.id = token.id();
        entity.personId = token.person().value();
        entity.name = token.name();
        entity.secretHash = secretHash;
        entity.createdAt = token.createdAt();
        entity.lastUsedAt = token.lastUsedAt().orElse(null);
        entity.expiresAt = token.expiresAt();
        repository.persist(entity);
    }

    @Override
    public List<ApiToken> findByPerson(PersonId person) {
        return repository
                .find("personId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), person.value())
                .stream()
                .map(ApiTokenPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return repository.findByIdOptional(id).map(ApiTokenPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return repository
                .find("secretHash", secretHash)
                .firstResultOptional()
                .map(ApiTokenPersistenceAdapter::toDomain);
    }

    @Override
    public void delete(long id) {
        repository.deleteById(id);
    }

    @Override
    public void markUsed(long id, Instant at) {
        repository.update("lastUsedAt = ?1 where id = ?2", at, id);
    }

    private static ApiToken toDomain(ApiTokenJpaEntity e) {
        return new ApiToken(
                e.id, new PersonId(e.personId), e.name, e.createdAt, Optional.ofNullable(e.lastUsedAt), e.expiresAt);
    }
}
