package dev.baton.application.measure;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.crm.CrmSource;
import dev.baton.domain.measure.FunnelRef;
import java.util.Optional;

/**
 * A CRM export to derive a funnel's monthly measures from: a HubSpot deals export, or a Salesforce opportunities report
 * with, optionally, its Opportunity History report.
 */
public record ImportCrmDealsCommand(
        CrmSource source, long funnelId, ImportMode mode, CrmFile deals, Optional<CrmFile> history) {

    public static ImportCrmDealsCommand of(
            String source, String funnel, String mode, CrmFile deals, Optional<CrmFile> history) {
        Validation v = new Validation();
        Optional<CrmSource> crm = CrmSource.of(source);
        if (crm.isEmpty()) {
            v.add(FieldError.of("source", "field.CRM_SOURCE"));
        }
        FunnelRef ref = v.field("funnel", () -> FunnelRef.of(funnel));
        if (ref != null && ref.organisationWide()) {
            v.add(FieldError.of("funnel", "field.CRM_FUNNEL"));
        }
        ImportMode importMode = v.enumField("mode", mode, ImportMode.class);
        if (deals == null || deals.bytes().length == 0) {
            v.add(FieldError.of("file", "field.CRM_FILE"));
        }
        if (crm.isPresent() && crm.get() == CrmSource.HUBSPOT && history.isPresent()) {
            v.add(FieldError.of("history", "field.CRM_ONE_FILE"));
        }
        v.throwIfInvalid();
        return new ImportCrmDealsCommand(crm.get(), ref.id(), importMode, deals, history);
    }
}
