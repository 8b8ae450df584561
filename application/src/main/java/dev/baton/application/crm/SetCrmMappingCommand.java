package dev.baton.application.crm;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.crm.CrmColumnFilter;
import dev.baton.domain.crm.CrmDateFormat;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSource;
import dev.baton.domain.crm.CrmSourceMapping;
import dev.baton.domain.shared.InvalidValueException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A funnel's whole CRM mapping, checked field by field; the stage keys are checked against the funnel by the service. */
public record SetCrmMappingCommand(long funnelId, CrmMapping mapping) {

    public static SetCrmMappingCommand of(long funnelId, CrmSourceInput hubspot, CrmSourceInput salesforce) {
        Validation v = new Validation();
        Optional<CrmSourceMapping> hub = source(v, "hubspot", hubspot);
        Optional<CrmSourceMapping> sales = source(v, "salesforce", salesforce);
        v.throwIfInvalid();
        return new SetCrmMappingCommand(funnelId, new CrmMapping(hub, sales));
    }

    private static Optional<CrmSourceMapping> source(Validation v, String name, CrmSourceInput input) {
        if (input == null) {
            return Optional.empty();
        }
        Optional<CrmDateFormat> format = CrmDateFormat.ofLabel(input.dateFormat());
        if (format.isEmpty()) {
            v.add(FieldError.of(name + ".dateFormat", "field.CRM_DATE_FORMAT"));
        }
        Optional<Currency> currency = Optional.empty();
        if (input.currency() != null && !input.currency().isBlank()) {
            try {
                currency = Optional.of(Currency.getInstance(input.currency().strip()));
            } catch (IllegalArgumentException e) {
                v.add(FieldError.of(name + ".currency", "field.CRM_CURRENCY", String.valueOf(input.currency())));
            }
        }
        Map<String, Optional<String>> stages = new LinkedHashMap<>();
        if (input.stages() == null || input.stages().isEmpty()) {
            v.add(FieldError.of(name + ".stages", "field.CRM_WON_STAGE_LABEL"));
        } else {
            input.stages().forEach((label, key) -> stages.put(label, Optional.ofNullable(key)));
        }
        Optional<CrmColumnFilter> filter = filter(v, name, input.filter());
        if (format.isEmpty() || stages.isEmpty() || (input.filter() != null && filter.isEmpty())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CrmSourceMapping(
                    Optional.ofNullable(input.pipeline()),
                    format.get(),
                    currency,
                    Boolean.TRUE.equals(input.newCustomerPerWonDeal()),
                    stages,
                    filter));
        } catch (InvalidValueException e) {
            v.add(new FieldError(name + ".stages", e.phrase()));
            return Optional.empty();
        }
    }

    /**
     * The column filter: Salesforce's funnels may be told apart by a column of the report; a HubSpot export's by its
     * pipeline. Each part sent blank is named.
     */
    private static Optional<CrmColumnFilter> filter(Validation v, String name, CrmSourceInput.Filter input) {
        if (input == null) {
            return Optional.empty();
        }
        if (!name.equals(CrmSource.SALESFORCE.key())) {
            v.add(FieldError.of(name + ".filter", "field.CRM_FILTER_SALESFORCE"));
            return Optional.empty();
        }
        boolean valid = true;
        if (input.column() == null || input.column().isBlank()) {
            v.add(FieldError.of(name + ".filter.column", "field.CRM_FILTER_COLUMN"));
            valid = false;
        }
        if (input.value() == null || input.value().isBlank()) {
            v.add(FieldError.of(name + ".filter.value", "field.CRM_FILTER_VALUE"));
            valid = false;
        }
        return valid ? Optional.of(new CrmColumnFilter(input.column(), input.value())) : Optional.empty();
    }
}
