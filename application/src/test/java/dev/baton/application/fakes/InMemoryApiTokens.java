package dev.baton.application.fakes;

import dev.baton.application.token.ApiToken;
import dev.baton.application.token.port.ApiTokenRepository;
import dev.baton.domain.person.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API tokens kept in memory by the hash of their secret, newest first per person; a hash is stored once. */
public final class InMemoryApiTokens implements ApiTokenRepository {

    /** Every token by the hash of its secret: a test sees that no secret is kept. */
    public final Map<String, ApiToken> hashes = new LinkedHashMap<>();
    /** When each use was marked, in order. */
    public final List<Instant> uses = new ArrayList<>();

    private long next = 1;

    @Override
    public long nextId() {
        return next++;
    }

    @Override
    public void add(ApiToken token, String secretHash) {
        if (hashes.containsKey(secretHash) || findById(token.id()).isPresent()) {
            throw Clashes.taken("body");
        }
        hashes.put(secretHash, token);
    }

    @Override
    public List<ApiToken> findByPerson(PersonId person) {
        return hashes.values().stream()
                .filter(t -> t.person().equals(person))
                .sorted(Comparator.comparing(ApiToken::createdAt)
                        .thenComparing(ApiToken::id)
                        .reversed())
                .toList();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return hashes.values().stream().filter(t -> t.id() == id).findFirst();
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return Optional.ofNullable(hashes.get(secretHash));
    }

    @Override
    public void delete(long id) {
        hashes.values().removeIf(t -> t.id() == id);
    }

    @Override
    public void markUsed(long id, Instant at) {
        uses.add(at);
        hashes.replaceAll((hash, t) -> t.id() == id
                ? new ApiToken(t.id(), t.person(), t.name(), t.createdAt(), Optional.of(at), t.expiresAt())
                : t);
    }
}
