package dev.baton.application.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.FixedFortunes;
import dev.baton.application.fakes.World;
import dev.baton.domain.person.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark baseline's read over fixed fortunes. */
class ListFortunesServiceTest {

    private final World world = new World();
    private final ListFortunesService list = new ListFortunesService(
            new FixedFortunes(List.of(new Fortune(1, "fortune: No such file"), new Fortune(2, "A bad random"))),
            world.access());

    @Test
    void aReaderGetsEveryFortunePlusOneAddedAtRequestTimeSortedByMessage() {
        world.signIn(world.person("Eve Executive", Role.EXECUTIVE));
        assertThat(list.list())
                .extracting(Fortune::message)
                .containsExactly("A bad random", "Additional fortune added at request time.", "fortune: No such file");
    }

    @Test
    void onlyAReaderListsFortunes() {
        assertThatThrownBy(list::list).isInstanceOf(UnauthenticatedException.class);
        world.actor.withoutRoles();
        assertThatThrownBy(list::list).isInstanceOf(ForbiddenException.class);
    }
}
