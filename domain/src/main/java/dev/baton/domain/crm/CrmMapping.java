package dev.baton.domain.crm;

import java.util.Objects;
import java.util.Optional;

/** A funnel's mapping to each CRM it takes deals from; a CRM without one cannot be imported into the funnel. */
public record CrmMapping(Optional<CrmSourceMapping> hubspot, Optional<CrmSourceMapping> salesforce) {

    public static final CrmMapping NONE = new CrmMapping(Optional.empty(), Optional.empty());

    public CrmMapping {
        Objects.requireNonNull(hubspot, "hubspot");
        Objects.requireNonNull(salesforce, "salesforce");
    }

    public Optional<CrmSourceMapping> of(CrmSource source) {
        return source == CrmSource.HUBSPOT ? hubspot : salesforce;
    }
}
