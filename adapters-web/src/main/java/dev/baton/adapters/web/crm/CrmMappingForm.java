package dev.baton.adapters.web.crm;

import dev.baton.application.crm.CrmSourceInput;
import dev.baton.domain.crm.CrmColumnFilter;
import dev.baton.domain.crm.CrmDateFormat;
import dev.baton.domain.crm.CrmMapping;
import dev.baton.domain.crm.CrmSourceMapping;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The mapping form as typed, one part per CRM; a part with an empty stage table maps nothing. */
public record CrmMappingForm(long funnel, Source hubspot, Source salesforce) {

    public static final List<String> DATE_FORMATS =
            List.of(CrmDateFormat.ISO.label(), CrmDateFormat.MONTH_FIRST.label(), CrmDateFormat.DAY_FIRST.label());

    /** One CRM's part; {@code filterColumn} and {@code filterValue} are Salesforce's column filter, both empty for none. */
    public record Source(
            String pipeline,
            String dateFormat,
            String currency,
            boolean newCustomers,
            String stages,
            String filterColumn,
            String filterValue) {

        static Source of(Optional<CrmSourceMapping> mapping) {
            return mapping.map(m -> new Source(
                            m.pipeline().orElse(""),
                            m.dateFormat().label(),
                            m.currency().map(Currency::getCurrencyCode).orElse(""),
                            m.newCustomerPerWonDeal(),
                            StageTableText.format(m.stages()),
                            m.filter().map(CrmColumnFilter::column).orElse(""),
                            m.filter().map(CrmColumnFilter::value).orElse("")))
                    .orElse(new Source("", CrmDateFormat.ISO.label(), "", false, "", "", ""));
        }

        /** Null when the stage table is empty: the CRM is left unmapped. A half-filled filter is sent, to be named. */
        CrmSourceInput input() {
            if (stages == null || stages.isBlank()) {
                return null;
            }
            boolean noFilter =
                    (filterColumn == null || filterColumn.isBlank()) && (filterValue == null || filterValue.isBlank());
            return new CrmSourceInput(
                    pipeline,
                    dateFormat,
                    currency,
                    newCustomers,
                    StageTableText.parse(stages),
                    noFilter ? null : new CrmSourceInput.Filter(filterColumn, filterValue));
        }

        public List<String> dateFormats() {
            return DATE_FORMATS;
        }
    }

    static CrmMappingForm of(long funnel, CrmMapping mapping) {
        return new CrmMappingForm(funnel, Source.of(mapping.hubspot()), Source.of(mapping.salesforce()));
    }
}
