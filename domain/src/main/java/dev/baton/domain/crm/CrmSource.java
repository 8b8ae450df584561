package dev.baton.domain.crm;

import java.util.Locale;
import java.util.Optional;

/** The CRMs whose deal exports Baton reads as they are. */
public enum CrmSource {
    HUBSPOT,
    SALESFORCE;

    /** {@code hubspot} or {@code salesforce}: how the API and the mapping name it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CrmSource> of(String key) {
        for (CrmSource source : values()) {
            if (source.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
