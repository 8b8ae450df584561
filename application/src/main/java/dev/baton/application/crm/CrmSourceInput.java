package dev.baton.application.crm;

import java.util.Map;

/**
 * One CRM's mapping as a request writes it: {@code dateFormat} {@code ISO}, {@code MM/DD/YYYY} or {@code DD/MM/YYYY};
 * {@code currency} an ISO 4217 code or none; {@code stages} CRM stage label → funnel stage key, or {@code null} for a
 * stage that is no funnel stage (Closed Lost); {@code filter} the column and value a row must hold (Salesforce only), or
 * none.
 */
public record CrmSourceInput(
        String pipeline,
        String dateFormat,
        String currency,
        Boolean newCustomerPerWonDeal,
        Map<String, String> stages,
        Filter filter) {

    /** The column filter as written; both parts are required once it is sent. */
    public record Filter(String column, String value) {}

    /** A mapping without a column filter. */
    public CrmSourceInput(
            String pipeline,
            String dateFormat,
            String currency,
            Boolean newCustomerPerWonDeal,
            Map<String, String> stages) {
        this(pipeline, dateFormat, currency, newCustomerPerWonDeal, stages, null);
    }
}
