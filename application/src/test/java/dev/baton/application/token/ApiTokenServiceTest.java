package dev.baton.application.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.Fields;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.InvalidInputException;
import dev.baton.application.shared.NotFoundException;
import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, listing and revoking API tokens over an in-memory fake of the token store. */
class ApiTokenServiceTest {

    private final World world = new World();
    private final ApiTokenService tokens =
            new ApiTokenService(world.tokens, world.access(), world.auditor(), world.clock);
    private Person lead;

    @BeforeEach
    void aLeadSignedIn() {
        lead = world.signIn(world.person("Lee Lead", Role.TEAM_LEAD));
    }

    @Test
    void aPersonCreatesATokenWhoseSecretIsShownOnceAndKeptOnlyAsAHash() {
        NewApiToken created = tokens.create(CreateApiTokenCommand.of("ci", null));

        assertThat(created.token().person()).isEqualTo(lead.id());
        assertThat(world.tokens.hashes).containsOnlyKeys(TokenSecrets.hash(created.secret()));
        assertThat(tokens.list(Optional.empty())).containsExactly(created.token());
        assertThat(world.audit.actions()).containsExactly("api-token:create");
    }

    @Test
    void anExpiryInThePastOrBeyondAYearIsAnErrorOnTheExpiry() {
        String past = world.clock.instant().minus(Duration.ofDays(1)).toString();
        String far = world.clock.instant().plus(Duration.ofDays(400)).toString();
        assertThatThrownBy(() -> tokens.create(CreateApiTokenCommand.of("ci", past)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("expiresAt"));
        assertThatThrownBy(() -> tokens.create(CreateApiTokenCommand.of("ci", far)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("expiresAt"));
        assertThat(world.tokens.hashes).isEmpty();
    }

    @Test
    void aTokenNeedsAName() {
        assertThatThrownBy(() -> CreateApiTokenCommand.of(" ", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(Fields.of(e)).containsExactly("name"));
    }

    @Test
    void anotherPersonMayNeitherListNorRevokeMyTokensButAnAdminMay() {
        NewApiToken mine = tokens.create(CreateApiTokenCommand.of("ci", null));
        world.signIn(world.person("Olga Other", Role.TEAM_LEAD));
        assertThatThrownBy(() -> tokens.list(Optional.of(lead.id()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.revoke(mine.token().id())).isInstanceOf(ForbiddenException.class);

        world.signInAdmin();
        assertThat(tokens.list(Optional.of(lead.id()))).containsExactly(mine.token());
        tokens.revoke(mine.token().id());
        assertThat(world.tokens.hashes).isEmpty();
        assertThat(world.audit.actions()).containsExactly("api-token:create", "api-token:revoke");
    }

    @Test
    void aRevokedTokenIsNotFoundAgain() {
        NewApiToken mine = tokens.create(CreateApiTokenCommand.of("ci", null));
        tokens.revoke(mine.token().id());
        assertThatThrownBy(() -> tokens.revoke(mine.token().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodySignedInHoldsNoTokens() {
        world.signOut();
        assertThatThrownBy(() -> tokens.create(CreateApiTokenCommand.of("ci", null)))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
