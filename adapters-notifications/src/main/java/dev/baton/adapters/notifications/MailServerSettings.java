package dev.baton.adapters.notifications;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the one setting {@code BATON_SMTP_TLS} into the two of quarkus-mailer: {@code starttls} (the default, for
 * port 587) requires STARTTLS, {@code tls} opens the connection over TLS (port 465), {@code none} sends in the clear
 * (a relay on the same host, or a test server). Its ordinal is below application.properties' and the environment's, so
 * {@code QUARKUS_MAILER_START_TLS} and {@code QUARKUS_MAILER_TLS} still win if someone sets them.
 */
public class MailServerSettings implements ConfigSourceFactory {

    static final String START_TLS = "quarkus.mailer.start-tls";
    static final String TLS = "quarkus.mailer.tls";

    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue setting = context.getValue("baton.smtp.tls");
        String tls = setting == null || setting.getValue() == null ? "" : setting.getValue();
        return List.of(new PropertiesConfigSource(mailerSettings(tls), "baton-mail-server-settings", ORDINAL));
    }

    static Map<String, String> mailerSettings(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "", "starttls" -> Map.of(START_TLS, "REQUIRED", TLS, "false");
            case "tls" -> Map.of(START_TLS, "DISABLED", TLS, "true");
            case "none" -> Map.of(START_TLS, "DISABLED", TLS, "false");
            default ->
                throw new IllegalArgumentException(
                        "BATON_SMTP_TLS must be starttls, tls or none, not '" + setting + "'");
        };
    }
}
