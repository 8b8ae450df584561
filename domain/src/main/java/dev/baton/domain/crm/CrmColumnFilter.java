package dev.baton.domain.crm;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * A column of the export and the value a row must hold in it to belong to the funnel, for a Salesforce report whose
 * funnels are told apart by a column of its own (Opportunity Type = New Business, a custom Funnel field) rather than
 * by record type. Both are matched without regard to case or surrounding spaces.
 */
public record CrmColumnFilter(String column, String value) {

    public CrmColumnFilter {
        column = Objects.requireNonNullElse(column, "").strip();
        value = Objects.requireNonNullElse(value, "").strip();
        if (column.isEmpty()) {
            throw new InvalidValueException("field.CRM_FILTER_COLUMN");
        }
        if (value.isEmpty()) {
            throw new InvalidValueException("field.CRM_FILTER_VALUE");
        }
    }

    /** Whether a row whose cell in {@link #column()} reads so belongs to the funnel. */
    public boolean matches(String cell) {
        return CrmSourceMapping.normal(value).equals(CrmSourceMapping.normal(cell == null ? "" : cell));
    }
}
