package dev.baton.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.app.support.EmbeddedPostgresTestResource;
import dev.baton.application.access.Actor;
import dev.baton.application.access.SystemWork;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.access.port.CurrentActor;
import dev.baton.application.token.CreateApiTokenCommand;
import dev.baton.application.token.CreateApiTokenUseCase;
import dev.baton.domain.person.Role;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Work outside a request: anonymous, unless a job runs it as the system actor on purpose. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SystemActorTest {

    @Inject
    CurrentActor current;

    @Inject
    SystemWork systemWork;

    @Inject
    CreateApiTokenUseCase createToken;

    @Test
    void workOutsideARequestIsAnonymousAndHoldsNoRole() {
        Actor actor = current.actor();
        assertThat(actor.authenticated()).isFalse();
        assertThat(actor.roles()).isEmpty();
        assertThatThrownBy(() -> createToken.create(CreateApiTokenCommand.of("outside", null)))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void workThatAJobRunsAsTheSystemActsAsTheSystemAndOnlyInside() {
        Actor inside = systemWork.call(current::actor);
        assertThat(inside.username()).isEqualTo("system");
        assertThat(inside.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(current.actor().authenticated()).isFalse();
    }
}
