package dev.baton.application.notification.port;

/**
 * Absolute addresses of Baton's pages, for messages read outside the browser (a mail, a chat post), where a relative
 * link would lead nowhere.
 */
public interface PublicLinks {

    /** The absolute URL of this path, which starts with {@code /}. */
    String to(String path);
}
