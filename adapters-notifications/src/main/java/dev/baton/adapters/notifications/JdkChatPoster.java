package dev.baton.adapters.notifications;

import dev.baton.application.notification.port.ChatPoster;
import dev.baton.application.notification.port.DeliveryFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Chat posts through the JDK's HTTP client: {@code POST {"text": …}} to the incoming webhook, 5 seconds to connect
 * and 10 for the answer. Anything but a 2xx answer is a failure named by its status, retried by the delivery's backoff;
 * redirects are not followed, since a webhook that moved must be set anew by an admin.
 */
@ApplicationScoped
public class JdkChatPoster implements ChatPoster {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public void post(String webhookUrl, String text) throws DeliveryFailure {
        URI target = target(webhookUrl);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(ChatJson.of(text), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailure(Failures.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while posting", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DeliveryFailure("HTTP " + status);
        }
    }

    private static URI target(String webhookUrl) throws DeliveryFailure {
        try {
            URI uri = URI.create(webhookUrl.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new DeliveryFailure("not an http(s) webhook URL: " + webhookUrl);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure("not a webhook URL: " + webhookUrl, e);
        }
    }
}
