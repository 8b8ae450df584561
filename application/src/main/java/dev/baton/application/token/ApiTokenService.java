package dev.baton.application.token;

import dev.baton.application.access.AccessPolicy;
import dev.baton.application.access.Actor;
import dev.baton.application.access.ForbiddenException;
import dev.baton.application.audit.Auditor;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.application.token.port.ApiTokenRepository;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's own API tokens: made, listed and revoked by them; an admin may list and revoke anyone's. Creation and
 * revocation are written to the audit trail (never the secret, which is shown once and then only its hash is kept).
 */
@ApplicationScoped
public class ApiTokenService implements CreateApiTokenUseCase, ListApiTokensUseCase, RevokeApiTokenUseCase {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final ApiTokenRepository tokens;
    private final AccessPolicy access;
    private final Auditor auditor;
    private final Clock clock;

    @Inject
    public ApiTokenService(ApiTokenRepository tokens, AccessPolicy access, Auditor auditor, Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public NewApiToken create(CreateApiTokenCommand command) {
        PersonId person = personOf(access.requireReader());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt =
                command.expiresAt().orElse(now.plus(DEFAULT_LIFETIME)).truncatedTo(ChronoUnit.SECONDS);
        if (!expiresAt.isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "field.TOKEN_EXPIRY_PAST");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw InvalidInputException.of("expiresAt", "field.TOKEN_EXPIRY_TOO_LATE");
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(tokens.nextId(), person, command.name(), now, Optional.empty(), expiresAt);
        tokens.add(token, TokenSecrets.hash(secret));
        auditor.record("api-token", token.id(), "create", Map.of(), described(token), Optional.empty());
        return new NewApiToken(token, secret);
    }

    @Override
    @Transactional
    public List<ApiToken> list(Optional<PersonId> person) {
        Actor actor = access.requireReader();
        PersonId own = personOf(actor);
        PersonId whose = person.orElse(own);
        if (!whose.equals(own)) {
            access.requireAdmin();
        }
        return tokens.findByPerson(whose);
    }

    @Override
    @Transactional
    public void revoke(long tokenId) {
        Actor actor = access.requireReader();
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("api-token", tokenId));
        boolean own = actor.person().map(token.person()::equals).orElse(false);
        if (!own && !actor.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only its owner or an admin may revoke a token.");
        }
        tokens.delete(tokenId);
        auditor.record("api-token", token.id(), "revoke", described(token), Map.of(), Optional.empty());
    }

    private static PersonId personOf(Actor actor) {
        return actor.person().orElseThrow(() -> new ForbiddenException("Only a person in Baton may hold API tokens."));
    }

    private static Map<String, Object> described(ApiToken token) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", token.name());
        fields.put("person", token.person().value());
        fields.put("expiresAt", token.expiresAt().toString());
        return fields;
    }
}
