package dev.baton.application.notification.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.application.fakes.PortContract;
import dev.baton.domain.notification.Message;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract every Outbox keeps, for the list fake most service tests write to as for the PostgreSQL adapter: each
 * kept message answers an id of its own, larger than any kept before it. (What is kept is read back through
 * {@link OutboxEntriesContract}.)
 */
public abstract class OutboxContract extends PortContract {

    protected abstract Outbox outbox();

    @Test
    public void eachKeptMessageAnswersAnIdOfItsOwnLargerThanTheOnesBefore() {
        List<Long> ids = IntStream.range(0, 3)
                .mapToObj(i -> call(() -> outbox().keep(
                                Message.mail(email("outbox"), unique("Subject"), "text", "<p>html</p>", "digest"))))
                .toList();

        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(ids).allMatch(id -> id > 0);
    }

    @Test
    public void aChatMessageIsKeptLikeAMail() {
        long mail = call(
                () -> outbox().keep(Message.mail(email("outbox"), unique("Mail"), "text", "<p>mail</p>", "digest")));
        long chat = call(() -> outbox().keep(Message.chat("http://127.0.0.1:9/hook", unique("Chat"), "text", "alert")));

        assertThat(chat).isGreaterThan(mail);
    }
}
