package dev.baton.application.webhook;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a webhook URL must be: absolute, http or https, with a host, at most {@value #MAX_LENGTH} characters (the
 * column's width). Slack's, Mattermost's and Teams' incoming webhooks all are.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private WebhookUrls() {}

    static String checked(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            v.add(FieldError.of(field, "field.WEBHOOK_URL_REQUIRED"));
            return null;
        }
        String url = raw.strip();
        if (url.length() > MAX_LENGTH) {
            v.add(FieldError.of(field, "field.WEBHOOK_URL_TOO_LONG", MAX_LENGTH));
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute()
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()) {
                return url;
            }
        } catch (URISyntaxException e) {
            // worded below, like any other URL Baton cannot post to
        }
        v.add(FieldError.of(field, "field.WEBHOOK_URL_SHAPE"));
        return null;
    }

    /**
     * The URL as the audit trail shows it: scheme and host only. The path of an incoming webhook is its secret, and the
     * trail is readable by every signed-in role.
     */
    static String masked(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() + "://" + uri.getHost() + "/…";
        } catch (URISyntaxException e) {
            return "…";
        }
    }
}
