package dev.baton.application.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.application.access.ForbiddenException;
import dev.baton.application.access.UnauthenticatedException;
import dev.baton.application.fakes.InMemoryOutboxEntries;
import dev.baton.application.fakes.World;
import dev.baton.application.shared.Page;
import dev.baton.application.shared.PageRequest;
import dev.baton.domain.notification.DeliveryStatus;
import dev.baton.domain.notification.Message;
import dev.baton.domain.person.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadOutboxServiceTest {

    private final World world = new World();
    private final InMemoryOutboxEntries outbox = new InMemoryOutboxEntries(world.clock);
    private final ReadOutboxService service = new ReadOutboxService(outbox, world.access());

    @Test
    void an_admin_reads_the_outbox_newest_first_page_by_page() {
        for (int i = 1; i <= 3; i++) {
            outbox.keep(Message.mail("p" + i + "@example.com", "Digest " + i, "text", "<p>" + i + "</p>", "digest"));
            world.clock.advance(Duration.ofMinutes(1));
        }
        world.signInAdmin();

        Page<OutboxItem> first = service.read(new PageRequest(0, 2));

        assertThat(first.items()).extracting(OutboxItem::subject).containsExactly("Digest 3", "Digest 2");
        assertThat(first.total()).isEqualTo(3);
        assertThat(service.read(new PageRequest(1, 2)).items())
                .extracting(OutboxItem::subject)
                .containsExactly("Digest 1");
        assertThat(first.items().get(0).status()).isEqualTo(DeliveryStatus.KEPT);
        assertThat(first.items().get(0).html()).contains("<p>3</p>");
    }

    @Test
    void a_failed_message_shows_its_reason_and_next_attempt_until_it_is_given_up() {
        long retried = outbox.keep(Message.chat("http://127.0.0.1/hook", "Headline", "text", "alert"));
        long givenUp = outbox.keep(Message.chat("http://127.0.0.1/hook", "Headline", "text", "alert"));
        outbox.markFailed(retried, 1, "HTTP 500", world.clock.instant().plusSeconds(60));
        outbox.markFailed(givenUp, 10, "HTTP 404", world.clock.instant().plusSeconds(3600));
        world.signInAdmin();

        Page<OutboxItem> page = service.read(new PageRequest(0, 10));

        OutboxItem waiting =
                page.items().stream().filter(i -> i.id() == retried).findFirst().orElseThrow();
        assertThat(waiting.lastError()).contains("HTTP 500");
        assertThat(waiting.nextAttemptAt()).contains(world.clock.instant().plusSeconds(60));
        assertThat(waiting.givenUp()).isFalse();
        OutboxItem dead =
                page.items().stream().filter(i -> i.id() == givenUp).findFirst().orElseThrow();
        assertThat(dead.givenUp()).isTrue();
        assertThat(dead.nextAttemptAt()).isEmpty();
    }

    @Test
    void a_team_lead_or_an_executive_may_not_read_the_outbox() {
        world.signIn(world.person("Lena Lead", Role.TEAM_LEAD));
        assertThatThrownBy(() -> service.read(new PageRequest(0, 10))).isInstanceOf(ForbiddenException.class);

        world.signIn(world.person("Ed Exec", Role.EXECUTIVE));
        assertThatThrownBy(() -> service.read(new PageRequest(0, 10))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobody_signed_in_may_not_read_the_outbox() {
        assertThatThrownBy(() -> service.read(new PageRequest(0, 10))).isInstanceOf(UnauthenticatedException.class);
    }
}
