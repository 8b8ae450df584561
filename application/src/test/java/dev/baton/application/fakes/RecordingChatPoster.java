package dev.baton.application.fakes;

import dev.baton.application.notification.port.ChatPoster;
import dev.baton.application.notification.port.DeliveryFailure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A webhook receiver that keeps every post, and fails the next ones when a test says so. */
public final class RecordingChatPoster implements ChatPoster {

    /** One post: where to, and the text of {@code {"text": …}}. */
    public record Post(String webhookUrl, String text) {}

    private final List<Post> posted = new ArrayList<>();
    private final Deque<String> failures = new ArrayDeque<>();

    /** The next post fails for this reason (call again for more failures in a row). */
    public void failNext(String reason) {
        failures.add(reason);
    }

    @Override
    public void post(String webhookUrl, String text) throws DeliveryFailure {
        if (!failures.isEmpty()) {
            throw new DeliveryFailure(failures.poll());
        }
        posted.add(new Post(webhookUrl, text));
    }

    public List<Post> posted() {
        return List.copyOf(posted);
    }
}
