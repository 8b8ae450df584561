package dev.baton.application.notification.port;

/**
 * Posts to a chat's incoming webhook as {@code {"text": …}}, the format Slack, Mattermost and Teams accept. An answer
 * other than 2xx is a failure whose reason names the status.
 */
public interface ChatPoster {

    void post(String webhookUrl, String text) throws DeliveryFailure;
}
