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
            v.add(FieldError.of(
                    "source",
                    "Name the CRM: source=hubspot or source=salesforce.",
                    "请指定 CRM：source=hubspot 或 source=salesforce。"));
        }
        FunnelRef ref = v.field("funnel", () -> FunnelRef.of(funnel));
        if (ref != null && ref.organisationWide()) {
            v.add(FieldError.of("funnel", "Name the funnel the deals belong to by its id.", "请用 id 指定这些交易所属的漏斗。"));
        }
        ImportMode importMode = v.enumField("mode", mode, ImportMode.class, "模式");
        if (deals == null || deals.bytes().length == 0) {
            v.add(FieldError.of("file", "Send the CRM's export file.", "请提交 CRM 导出的文件。"));
        }
        if (crm.isPresent() && crm.get() == CrmSource.HUBSPOT && history.isPresent()) {
            v.add(FieldError.of(
                    "history",
                    "A HubSpot export carries its own \"Date entered\" columns: send one file.",
                    "HubSpot 导出文件自带“Date entered”列：请只提交一个文件。"));
        }
        v.throwIfInvalid();
        return new ImportCrmDealsCommand(crm.get(), ref.id(), importMode, deals, history);
    }
}
