package dev.baton.adapters.rest.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.application.crm.CrmSourceInput;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSourceMapping;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A funnel's CRM mapping, the same shape in and out: {@code {"hubspot": {"pipeline": "Sales Pipeline", "dateFormat":
 * "ISO", "stages": {"Closed Won": "customer", "Closed Lost": null}}, "salesforce": {..., "filter": {"column":
 * "Opportunity Type", "value": "New Business"}}}}.
 */
@Schema(name = "CrmMapping")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrmMappingBody(Source hubspot, Source salesforce) {

    @Schema(name = "CrmSourceMapping")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(
            @Schema(description = "HubSpot pipeline label (Salesforce: record type); every row when absent")
                    String pipeline,
            @Schema(
                            enumeration = {"ISO", "MM/DD/YYYY", "DD/MM/YYYY"},
                            description = "never guessed; a time after the date is allowed")
                    String dateFormat,
            @Schema(description = "ISO 4217 code of the amounts") String currency,
            Boolean newCustomerPerWonDeal,
            @Schema(description = "CRM stage label → funnel stage key, or null for none (Closed Lost)")
                    @JsonInclude(JsonInclude.Include.ALWAYS)
                    Map<String, String> stages,
            @Schema(
                            description = "Salesforce only: the report's column and the value a row holds there to"
                                    + " belong to the funnel; every row when absent")
                    Filter filter) {

        CrmSourceInput input() {
            return new CrmSourceInput(
                    pipeline,
                    dateFormat,
                    currency,
                    newCustomerPerWonDeal,
                    stages,
                    filter == null ? null : new CrmSourceInput.Filter(filter.column(), filter.value()));
        }

        static Source of(CrmSourceMapping mapping) {
            Map<String, String> stages = new LinkedHashMap<>();
            mapping.stages().forEach((label, key) -> stages.put(label, key.orElse(null)));
            return new Source(
                    mapping.pipeline().orElse(null),
                    mapping.dateFormat().label(),
                    mapping.currency().map(Currency::getCurrencyCode).orElse(null),
                    mapping.newCustomerPerWonDeal(),
                    stages,
                    mapping.filter().map(f -> new Filter(f.column(), f.value())).orElse(null));
        }
    }

    /** Which rows belong to the funnel: those whose cell in {@code column} reads {@code value} (case ignored). */
    @Schema(name = "CrmColumnFilter")
    public record Filter(
            @Schema(description = "a column label of the opportunities report, such as Opportunity Type") String column,
            @Schema(description = "the value of the funnel's rows, such as New Business") String value) {}

    static CrmMappingBody of(CrmMapping mapping) {
        return new CrmMappingBody(
                mapping.hubspot().map(Source::of).orElse(null),
                mapping.salesforce().map(Source::of).orElse(null));
    }

    static CrmSourceInput input(Optional<Source> source) {
        return source.map(Source::input).orElse(null);
    }
}
