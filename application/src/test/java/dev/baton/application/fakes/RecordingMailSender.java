package dev.baton.application.fakes;

import dev.baton.application.notification.port.DeliveryFailure;
import dev.baton.application.notification.port.MailSender;
import dev.baton.domain.notification.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A mail server a test switches on, off or down, keeping every message it was handed. */
public final class RecordingMailSender implements MailSender {

    private final boolean configured;
    private final List<Message> sent = new ArrayList<>();
    private Optional<String> down = Optional.empty();

    private RecordingMailSender(boolean configured) {
        this.configured = configured;
    }

    /** A mail server is configured and answers. */
    public static RecordingMailSender aServer() {
        return new RecordingMailSender(true);
    }

    /** No mail server is configured: nothing may be handed to it. */
    public static RecordingMailSender noServer() {
        return new RecordingMailSender(false);
    }

    /** From now on every send fails for this reason. */
    public void down(String reason) {
        down = Optional.of(reason);
    }

    /** From now on sends go through again. */
    public void up() {
        down = Optional.empty();
    }

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public void send(Message message) throws DeliveryFailure {
        if (!configured) {
            throw new IllegalStateException("mail was handed to a mail sender that is not configured");
        }
        if (down.isPresent()) {
            throw new DeliveryFailure(down.get());
        }
        sent.add(message);
    }

    public List<Message> sent() {
        return List.copyOf(sent);
    }
}
